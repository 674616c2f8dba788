package gov.enforcement.disclosure.search;

import com.fasterxml.jackson.databind.JsonNode;
import gov.enforcement.disclosure.records.PublicRecord;
import gov.enforcement.events.CloudEventCodec;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search on an index in memory: order, filters, exact codes, Chinese words and cursor paging. */
class DecisionSearchTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final DecisionSearch search = new DecisionSearch(SearchAnalyzer.create());
    /** id -> decidedOn of everything added, for the expected order. */
    private final Map<UUID, LocalDate> added = new TreeMap<>();

    DecisionSearchTest() throws IOException {
        writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzer.create()).setIndexSort(SearchDocument.ORDER));
    }

    @AfterEach
    void close() throws IOException {
        writer.close();
        directory.close();
    }

    @Test
    @DisplayName("newest decision first, then by id; agency, category and date filters; ended publicity is not listed")
    void orderAndFilters() throws IOException {
        for (int i = 0; i < 30; i++) {
            add(SampleRecords.simple(i % 2 == 0 ? SampleRecords.AGENCY_A : SampleRecords.AGENCY_B, TODAY.minusDays(i % 7), i));
        }
        UUID ended = add(SampleRecords.simple(SampleRecords.AGENCY_A, TODAY, 99), TODAY.minusDays(1));
        List<UUID> all = ids(page(null, null, null, null, null, "100", null));
        assertEquals(expected(), all);
        assertFalse(all.contains(ended));

        List<UUID> a = ids(page(SampleRecords.AGENCY_A, "PENALTY", null, TODAY.minusDays(3).toString(), TODAY.minusDays(1).toString(), "100", null));
        assertFalse(a.isEmpty());
        assertEquals(expected().stream().filter(a::contains).toList(), a, "same order");
        for (UUID id : a) {
            assertTrue(!added.get(id).isBefore(TODAY.minusDays(3)) && !added.get(id).isAfter(TODAY.minusDays(1)));
        }
        assertTrue(ids(page(null, "LICENSING", null, null, null, "100", null)).isEmpty());
    }

    @Test
    @DisplayName("a party's credit code, a document number or a case number finds its decisions exactly, in either case")
    void exactCodes() throws IOException {
        UUID mine = add(SampleRecords.record(SampleRecords.AGENCY_A, "PENALTY", TODAY, SampleRecords.FACTS.get(0),
                "石家庄恒信建筑劳务有限公司", "91130102MA0DQ7XK5H", "石人社监罚决〔2026〕17号", "石人社监立〔2026〕5号"));
        UUID other = add(SampleRecords.record(SampleRecords.AGENCY_A, "PENALTY", TODAY, SampleRecords.FACTS.get(1),
                "河北鑫源食品有限公司", "91130100MA07XYZ12K", "石人社监罚决〔2026〕18号", "石人社监立〔2026〕6号"));
        for (String q : List.of("91130102MA0DQ7XK5H", "91130102ma0dq7xk5h", "石人社监罚决〔2026〕17号", "石人社监立〔2026〕5号")) {
            assertEquals(List.of(mine), ids(page(null, null, q, null, null, null, null)), q);
        }
        assertEquals(List.of(other), ids(page(null, null, "91130100MA07XYZ12K", null, null, null, null)));
        assertTrue(ids(page(null, null, "91130102MA0DQ7XK5", null, null, null, null)).isEmpty(), "a code is matched whole");
    }

    @Test
    @DisplayName("two-character Chinese words are found anywhere in the text, several words all must occur; a masked name is not the person")
    void chineseWords() throws IOException {
        UUID labour = add(SampleRecords.record(SampleRecords.AGENCY_A, "PENALTY", TODAY, SampleRecords.FACTS.get(0),
                "石家庄恒信建筑劳务有限公司", null, "石罚〔2026〕1号", "石立〔2026〕1号"));
        UUID food = add(SampleRecords.record(SampleRecords.AGENCY_A, "PENALTY", TODAY, SampleRecords.FACTS.get(1),
                "河北鑫源食品有限公司", null, "石罚〔2026〕2号", "石立〔2026〕2号"));
        assertEquals(List.of(labour), ids(page(null, null, "恒信", null, null, null, null)));
        assertEquals(List.of(labour), ids(page(null, null, "工资", null, null, null, null)));
        assertEquals(List.of(food), ids(page(null, null, "鑫源 标签", null, null, null, null)));
        assertEquals(2, ids(page(null, null, "有限", null, null, null, null)).size());
        assertTrue(ids(page(null, null, "恒信 标签", null, null, null, null)).isEmpty());
        assertTrue(ids(page(null, null, "张建国", null, null, null, null)).isEmpty());
        assertTrue(ids(page(null, null, "%%", null, null, null, null)).isEmpty());
    }

    @Test
    @DisplayName("cursor paging lists every record once, in order, even when newer ones are published between pages; pages by number agree")
    void cursorPaging() throws IOException {
        for (int i = 0; i < 95; i++) {
            add(SampleRecords.simple(SampleRecords.AGENCY_A, TODAY.minusDays(i % 9), i));
        }
        List<UUID> before = expected();
        List<UUID> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            SearchPage page = page(null, null, null, null, null, "7", cursor);
            walked.addAll(ids(page));
            cursor = page.next();
            assertEquals(cursor != null, page.hasMore());
            if (pages++ == 3) {
                // published meanwhile: newer (before the cursor) and as old as the cursor's day
                add(SampleRecords.simple(SampleRecords.AGENCY_A, TODAY, 500));
                add(SampleRecords.simple(SampleRecords.AGENCY_A, TODAY.minusDays(8), 501));
            }
        } while (cursor != null);
        assertEquals(walked.size(), new HashSet<>(walked).size(), "no duplicates");
        assertTrue(walked.containsAll(before), "no gaps");

        List<UUID> numbered = new ArrayList<>();
        for (int p = 1; p <= 20; p++) {
            SearchPage page = search(SearchQuery.parse(null, null, null, null, null, Integer.toString(p), "7", null));
            numbered.addAll(ids(page));
            if (!page.hasMore()) {
                assertNull(page.next());
                break;
            }
        }
        assertEquals(expected(), numbered);
    }

    @Test
    @DisplayName("a replaced record is listed once, as its last version; a removed one not at all")
    void updateAndDelete() throws IOException {
        UUID id = add(SampleRecords.simple(SampleRecords.AGENCY_A, TODAY, 1));
        PublicRecord corrected = SampleRecords.record(SampleRecords.AGENCY_A, "PENALTY", TODAY, "更正后的违法事实：未按规定公示年度报告。",
                "样本企业1有限公司", null, "样罚决〔2026〕1号", "样〔2026〕1号");
        writer.updateDocument(new Term(SearchDocument.ID, id.toString()),
                SearchDocument.of(id, 2, OffsetDateTime.now(), TODAY.plusYears(1), corrected));
        SearchPage page = page(null, null, "年度报告", null, null, null, null);
        assertEquals(List.of(id), ids(page));
        assertEquals(2, CloudEventCodec.mapper().readTree(page.items().get(0)).get("version").asInt());
        assertTrue(ids(page(null, null, "恒信", null, null, null, null)).isEmpty());
        writer.deleteDocuments(new Term(SearchDocument.ID, id.toString()));
        assertTrue(ids(page(null, null, null, null, null, null, null)).isEmpty());
    }

    private UUID add(PublicRecord record) throws IOException {
        return add(record, record.publicUntil());
    }

    private UUID add(PublicRecord record, LocalDate publicUntil) throws IOException {
        UUID id = UUID.randomUUID();
        writer.addDocument(SearchDocument.of(id, 1, OffsetDateTime.now(), publicUntil, record));
        if (!publicUntil.isBefore(TODAY)) {
            added.put(id, record.decidedOn());
        }
        return id;
    }

    private List<UUID> expected() {
        return added.keySet().stream().sorted(Comparator.comparing((UUID id) -> added.get(id)).reversed()
                .thenComparing(UUID::toString)).toList();
    }

    private SearchPage page(String agency, String category, String q, String from, String to, String size, String cursor)
            throws IOException {
        return search(SearchQuery.parse(agency, category, q, from, to, null, size, cursor));
    }

    private SearchPage search(SearchQuery query) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return search.run(new IndexSearcher(reader), query, TODAY);
        }
    }

    private static List<UUID> ids(SearchPage page) {
        List<UUID> out = new ArrayList<>();
        for (String item : page.items()) {
            try {
                JsonNode view = CloudEventCodec.mapper().readTree(item);
                out.add(UUID.fromString(view.get("disclosureId").asText()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }
}
