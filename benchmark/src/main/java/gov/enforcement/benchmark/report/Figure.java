package gov.enforcement.benchmark.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One measured figure: its value, the baseline it is compared with (by key, may be null), the goal, and details
 * (latency percentiles, status counts, notes). {@code value} is null when the scenario could not run (then
 * {@code note} says why, e.g. "not available (404)").
 */
public record Figure(String key, String label, String unit, Double value, String baseline, Goal goal, String note,
                     Map<String, Object> details) {

    public static Figure of(String key, String label, String unit, double value, String baseline, Goal goal) {
        return new Figure(key, label, unit, value, baseline, goal, null, new LinkedHashMap<>());
    }

    public static Figure unavailable(String key, String label, String unit, String baseline, Goal goal, String why) {
        return new Figure(key, label, unit, null, baseline, goal, why, new LinkedHashMap<>());
    }

    public Figure with(String detail, Object value) {
        details.put(detail, value);
        return this;
    }

    public Figure withAll(Map<String, Object> more) {
        details.putAll(more);
        return this;
    }

    public Figure noted(String text) {
        return new Figure(key, label, unit, value, baseline, goal, text, details);
    }

    public boolean measured() {
        return value != null;
    }
}
