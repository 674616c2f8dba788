package gov.enforcement.disclosure.search;

import gov.enforcement.platform.problem.ProblemException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SearchQueryTest {

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource({"size,101", "size,0", "page,101", "page,0", "page,x", "q,a", "from,2026-02-30", "from,2026-13-01",
            "to,yesterday", "agency,11130100MB1234567X", "category,FINE", "from,1999-12-31",
            "cursor,x", "cursor,MS4xMjMuMTIz", "cursor,!!!!", "cursor,MS4yMDAwMDAwMDAwMDAwMDAuMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw"})
    @DisplayName("search parameters out of range are a 400 problem, never a slow full scan")
    void outOfRange(String field, String value) {
        ProblemException e = assertThrows(ProblemException.class, () -> parse(field, value));
        assertEquals(400, e.status());
        assertEquals(field, e.toProblem("/").errors().get(0).field());
    }

    @Test
    @DisplayName("q is at most 50 characters, counted as characters, not bytes")
    void longQuery() {
        assertThrows(ProblemException.class, () -> parse("q", "罚".repeat(51)));
        assertEquals(50, parse("q", "罚".repeat(50)).q().length());
    }

    @Test
    @DisplayName("from must not be after to")
    void fromAfterTo() {
        assertThrows(ProblemException.class, () -> SearchQuery.parse(null, null, null, "2026-02-01", "2026-01-01", null, null, null));
    }

    @Test
    @DisplayName("defaults: page 1 of 20; the deepest page is bounded")
    void defaults() {
        SearchQuery q = SearchQuery.parse(null, null, null, null, null, null, null, null);
        assertEquals(1, q.page());
        assertEquals(20, q.size());
        assertEquals(9_900, SearchQuery.parse(null, null, null, null, null, "100", "100", null).offset());
    }

    @Test
    @DisplayName("a cursor read back is the position it was written from; with a page other than 1 it is refused")
    void cursor() {
        SearchCursor at = new SearchCursor(java.time.LocalDate.of(2026, 9, 29), java.util.UUID.randomUUID());
        assertEquals(at, SearchQuery.parse(null, null, null, null, null, null, null, at.encode()).cursor());
        ProblemException e = assertThrows(ProblemException.class,
                () -> SearchQuery.parse(null, null, null, null, null, "2", null, at.encode()));
        assertEquals("page", e.toProblem("/").errors().get(0).field());
        assertThrows(ProblemException.class, () -> parse("cursor", "A".repeat(SearchCursor.MAX_LENGTH + 1)));
    }

    private static SearchQuery parse(String field, String value) {
        return SearchQuery.parse(field.equals("agency") ? value : null, field.equals("category") ? value : null,
                field.equals("q") ? value : null, field.equals("from") ? value : null, field.equals("to") ? value : null,
                field.equals("page") ? value : null, field.equals("size") ? value : null,
                field.equals("cursor") ? value : null);
    }
}
