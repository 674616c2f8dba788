package gov.enforcement.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CI proof that the benchmark still works: the packaged jar in short mode, as ./bench --short runs it, must
 * finish and report every figure with a positive value and its baseline ratio. Nothing is asserted about speed.
 */
class BenchmarkShortIT {

    static final List<String> BASELINES = List.of("pg.single-row", "pg.batch-100", "kafka.producer", "sha256.leaf",
            "http.trivial", "lucene.search");
    static final List<String> FIGURES = List.of("appends.cases", "appends.hot", "import.events", "disclosure.p50",
            "disclosure.p99", "reads.cases", "verify.events", "search.rate", "search.p99");
    /** Past this the run is taken for hung; each scenario's own watchdog (4 minutes in short mode) ends it sooner. */
    static final int LIMIT_MINUTES = 12;

    @Test
    @DisplayName("./bench --short runs every scenario and reports every figure with its baseline ratio")
    void shortRunReportsEveryFigure() throws Exception {
        Path jar = Path.of(System.getenv().getOrDefault("BENCH_JAR", "target/benchmark.jar")).toAbsolutePath();
        Path out = jar.resolveSibling("it-report.json");
        Files.deleteIfExists(out);
        Path log = jar.resolveSibling("it-benchmark.log");
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-jar", jar.toString(), "--short", "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).directory(new File(".")).start();
        boolean finished = run.waitFor(LIMIT_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            run.destroy(); // SIGTERM: the benchmark's shutdown hook stops its stack
            run.waitFor(1, TimeUnit.MINUTES);
        }
        String output = Files.readString(log);
        assertTrue(finished, "the short run did not finish in " + LIMIT_MINUTES + " minutes:\n" + tail(output));
        assertEquals(0, run.exitValue(), "the short run failed:\n" + tail(output));

        JsonNode report = new ObjectMapper().readTree(out.toFile());
        assertEquals("short", report.path("mode").asText());
        assertTrue(report.path("machine").path("cores").asInt() > 0, "the machine is described");
        Map<String, JsonNode> baselines = byKey(report.path("baselines"));
        for (String key : BASELINES) {
            assertNotNull(baselines.get(key), "baseline " + key + " is reported");
            assertTrue(baselines.get(key).path("value").asDouble() > 0, "baseline " + key + " is positive");
        }
        Map<String, JsonNode> figures = byKey(report.path("figures"));
        for (String key : FIGURES) {
            JsonNode f = figures.get(key);
            assertNotNull(f, "figure " + key + " is reported; got " + figures.keySet());
            assertTrue(f.path("value").asDouble() > 0, "figure " + key + " is positive: " + f);
            if (f.has("baseline")) {
                assertTrue(f.path("ratio").asDouble() > 0, "figure " + key + " has its ratio to " + f.path("baseline"));
            }
            assertTrue(f.has("goal") || key.equals("disclosure.p50"), key + " names its goal");
        }
        assertTrue(output.contains("figure") && output.contains("ratio"), "the table is printed");
    }

    private static Map<String, JsonNode> byKey(JsonNode array) {
        Map<String, JsonNode> out = new HashMap<>();
        array.forEach(n -> out.put(n.path("key").asText(), n));
        return out;
    }

    private static String tail(String output) {
        List<String> lines = new ArrayList<>(output.lines().toList());
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 150), lines.size()));
    }
}
