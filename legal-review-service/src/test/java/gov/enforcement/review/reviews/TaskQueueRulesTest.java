package gov.enforcement.review.reviews;

import gov.enforcement.platform.problem.ProblemException;
import gov.enforcement.platform.security.Caller;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Given a held review, when its holder unclaims or delegates it, then it moves or the rule refuses. */
class TaskQueueRulesTest {

    static final String AGENCY = "11130100MB12345671";
    static final Caller ZHAO = ReviewRulesTest.ZHAO;
    static final Caller QIAN = new Caller("reviewer-qian", Set.of("reviewer"), AGENCY, null);

    @Test
    @DisplayName("L-OPINION: only the holder unclaims, and only before the opinion (409 otherwise)")
    void unclaim() {
        assertDoesNotThrow(() -> ReviewRules.unclaim(ReviewRulesTest.review(ReviewStatus.ASSIGNED, "reviewer-zhao"), ZHAO));
        assertEquals(409, assertThrows(ProblemException.class, () -> ReviewRules.unclaim(
                ReviewRulesTest.review(ReviewStatus.ASSIGNED, "reviewer-zhao"), QIAN)).status());
        assertEquals("L-OPINION", assertThrows(ProblemException.class, () -> ReviewRules.unclaim(
                ReviewRulesTest.review(ReviewStatus.APPROVED, "reviewer-zhao"), ZHAO)).rule());
    }

    @Test
    @DisplayName("X-SEPARATE, L-OPINION: delegation goes only to a known reviewer of the agency who took no part in the case")
    void delegate() {
        Review held = ReviewRulesTest.review(ReviewStatus.ASSIGNED, "reviewer-zhao");
        ProblemException investigator = assertThrows(ProblemException.class, () -> ReviewRules.delegate(held, ZHAO,
                new Requests.Assign("reviewer-sun", "HB-0002"), ReviewRulesTest.CASE_PEOPLE, Set.of(AGENCY)));
        assertEquals(403, investigator.status());
        assertEquals("X-SEPARATE", investigator.rule());
        ProblemException unknown = assertThrows(ProblemException.class, () -> ReviewRules.delegate(held, ZHAO,
                new Requests.Assign("reviewer-nobody", null), ReviewRulesTest.NOBODY, Set.of()));
        assertEquals(422, unknown.status());
        assertEquals("reviewer", unknown.toProblem("/").errors().get(0).field());
        assertEquals(409, assertThrows(ProblemException.class, () -> ReviewRules.delegate(held, QIAN,
                new Requests.Assign("reviewer-zhao", null), ReviewRulesTest.NOBODY, Set.of(AGENCY))).status(), "not the holder");
        assertEquals(400, assertThrows(ProblemException.class, () -> ReviewRules.delegate(held, ZHAO,
                new Requests.Assign("reviewer-zhao", null), ReviewRulesTest.NOBODY, Set.of(AGENCY))).status(), "to oneself");
        assertDoesNotThrow(() -> ReviewRules.delegate(held, ZHAO, new Requests.Assign("reviewer-qian", null),
                ReviewRulesTest.NOBODY, Set.of(AGENCY)));
    }

    @Test
    @DisplayName("Queue paging: page from 0, size 1 to 200 (default 50); anything else is a 400 naming the field")
    void paging() {
        assertEquals(0, QueueFilter.page(null));
        assertEquals(QueueFilter.DEFAULT_SIZE, QueueFilter.size(""));
        assertEquals(200, QueueFilter.size("200"));
        for (String bad : new String[]{"0", "201", "-1", "x", "1.5"}) {
            ProblemException problem = assertThrows(ProblemException.class, () -> QueueFilter.size(bad));
            assertEquals(400, problem.status());
            assertEquals("size", problem.toProblem("/").errors().get(0).field());
        }
        assertEquals("page", assertThrows(ProblemException.class, () -> QueueFilter.page("-1")).toProblem("/").errors()
                .get(0).field());
        assertEquals("caseId", assertThrows(ProblemException.class, () -> QueueFilter.caseId("17")).toProblem("/").errors()
                .get(0).field());
    }
}
