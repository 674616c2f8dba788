package gov.enforcement.benchmark.report;

/**
 * A goal of issue 7: at least or at most a value, or at least a ratio to the figure's baseline.
 */
public record Goal(Kind kind, double bound, String text) {

    public enum Kind { AT_LEAST, AT_MOST, RATIO_AT_LEAST }

    public static Goal atLeast(double bound, String text) {
        return new Goal(Kind.AT_LEAST, bound, text);
    }

    public static Goal atMost(double bound, String text) {
        return new Goal(Kind.AT_MOST, bound, text);
    }

    public static Goal ratioAtLeast(double bound, String text) {
        return new Goal(Kind.RATIO_AT_LEAST, bound, text);
    }

    /** Null when it cannot be judged (no value, or no baseline for a ratio goal). */
    public Boolean met(Double value, Double ratio) {
        if (value == null) {
            return null;
        }
        return switch (kind) {
            case AT_LEAST -> value >= bound;
            case AT_MOST -> value <= bound;
            case RATIO_AT_LEAST -> ratio == null ? null : ratio >= bound;
        };
    }
}
