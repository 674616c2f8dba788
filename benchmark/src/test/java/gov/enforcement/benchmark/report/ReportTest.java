package gov.enforcement.benchmark.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ratios divide by the named baseline, goals judge value or ratio, and a missing figure says why. */
class ReportTest {

    @Test
    @SuppressWarnings("unchecked")
    void ratiosAndGoals() {
        Report report = new Report("test");
        report.baseline(Figure.of("pg", "PostgreSQL", "rows/s", 10_000, null, null));
        report.figure(Figure.of("a", "appends", "events/s", 7_000, "pg", Goal.ratioAtLeast(0.6, "≥ 0.6×")));
        report.figure(Figure.of("p", "p99", "ms", 1_200, null, Goal.atMost(1_000, "≤ 1 s")));
        report.figure(Figure.unavailable("i", "import", "events/s", "pg", Goal.atLeast(50_000, "≥ 50k"), "not available (404)"));

        List<Map<String, Object>> figures = (List<Map<String, Object>>) report.toJson().get("figures");
        assertEquals(0.7, (Double) figures.get(0).get("ratio"), 1e-9);
        assertEquals(true, figures.get(0).get("met"));
        assertEquals(false, figures.get(1).get("met"));
        assertNull(figures.get(2).get("value"));
        assertNull(figures.get(2).get("met"));
        assertEquals("not available (404)", figures.get(2).get("note"));
        String table = report.table();
        assertTrue(table.contains("0.70×") && table.contains("NO") && table.contains("not available (404)"), table);
    }

    @Test
    void theTableKeepsTheGoalsOrderWhateverOrderTheScenariosRan() {
        Report report = new Report("test");
        report.figure(Figure.of("disclosure.p99", "p99", "ms", 100, null, null));
        report.figure(Figure.unavailable("appends.failed", "appends FAILED", "", null, null, "boom"));
        report.figure(Figure.of("appends.cases", "appends", "events/s", 1, null, null));
        report.figure(Figure.of("verify.events", "verify", "events/s", 1, null, null));
        assertEquals(List.of("appends.cases", "disclosure.p99", "verify.events", "appends.failed"),
                report.figures().stream().map(Figure::key).toList());
    }
}
