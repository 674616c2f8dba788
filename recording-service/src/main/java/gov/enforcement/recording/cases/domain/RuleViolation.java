package gov.enforcement.recording.cases.domain;


import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The domain's refusal of a command: which rule, which field, why, and the facts that explain it (the state, the
 * steps allowed next). The domain knows nothing of HTTP; {@code RuleViolationMapper} is how the edge answers it.
 */
public final class RuleViolation extends RuntimeException {

    /** What kind of mistake the refusal reports, so the edge can pick its status. */
    public enum Kind {
        /** A rule of the domain refuses a well-formed command (422). */
        RULE,
        /** The command is malformed: a field is missing or cannot be read (400). */
        INVALID,
        /** The command contradicts what already exists (409). */
        CONFLICT
    }

    private final Kind kind;
    private final String rule;
    private final String field;
    private final Map<String, Object> facts = new LinkedHashMap<>();

    private RuleViolation(Kind kind, String rule, String field, String detail) {
        super(detail, null, false, false); // an answer, not a failure: no stack trace to fill
        this.kind = kind;
        this.rule = rule;
        this.field = field;
    }

    public static RuleViolation of(String rule, String detail) {
        return new RuleViolation(Kind.RULE, rule, null, detail);
    }

    public static RuleViolation of(String rule, String field, String detail) {
        return new RuleViolation(Kind.RULE, rule, field, detail);
    }

    public static RuleViolation invalid(String field, String detail) {
        return new RuleViolation(Kind.INVALID, null, field, detail);
    }

    public static RuleViolation conflict(String detail) {
        return new RuleViolation(Kind.CONFLICT, null, null, detail);
    }

    /** A fact that explains the refusal, answered beside it (e.g. {@code allowedNext}). */
    public RuleViolation with(String name, Object value) {
        facts.put(name, value);
        return this;
    }

    public Kind kind() {
        return kind;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> facts() {
        return Map.copyOf(facts);
    }
}
