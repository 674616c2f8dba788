package gov.enforcement.benchmark.load;

import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/** What one measured phase did: successes, answers by status, failures, and the latency of successes. */
public record LoadResult(long ok, Map<Integer, Long> statuses, long failures, Duration measured, Histogram latencyMicros) {

    public double perSecond() {
        return ok / (measured.toNanos() / 1e9);
    }

    public double p50Millis() {
        return latencyMicros.getValueAtPercentile(50) / 1000.0;
    }

    public double p99Millis() {
        return latencyMicros.getValueAtPercentile(99) / 1000.0;
    }

    public double maxMillis() {
        return latencyMicros.getMaxValue() / 1000.0;
    }

    public long status(int code) {
        return statuses.getOrDefault(code, 0L);
    }

    /** Statuses and failures, for the report's notes: {"201": 1234, "409": 2, "failures": 0}. */
    public Map<String, Object> details() {
        Map<String, Object> out = new TreeMap<>();
        statuses.forEach((status, count) -> out.put("status" + status, count));
        out.put("transportFailures", failures);
        out.put("p50Ms", p50Millis());
        out.put("p99Ms", p99Millis());
        out.put("maxMs", maxMillis());
        out.put("measuredSeconds", measured.toMillis() / 1000.0);
        return out;
    }
}
