package gov.enforcement.benchmark.search;

import gov.enforcement.benchmark.report.Figure;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bare-Lucene baseline asks exactly the scenario's queries, as the service reads them, over generated records. */
class LuceneBaselineTest {

    @Test
    void everyQueryOfTheMixIsOneTheServiceAccepts() {
        SearchQueries.mix(4096).forEach(LuceneBaseline::parse);
    }

    @Test
    void searchesTheGeneratedRecords() throws Exception {
        Figure f = new LuceneBaseline().run(1_000_000_000L, 2_000, SearchQueries.mix(64), 1, Duration.ofMillis(100),
                Duration.ofMillis(300));
        assertEquals(LuceneBaseline.KEY, f.key());
        assertTrue(f.value() > 0, f.toString());
    }

    @Test
    void theLastRecordOfEachLoaderPartIsTheLastItWrites() {
        assertEquals(List.of(1004L, 1009L), PublishedRecordLoader.lastOfEachPart(1000, 10));
        assertEquals(List.of(1000L), PublishedRecordLoader.lastOfEachPart(1000, 1));
    }
}
