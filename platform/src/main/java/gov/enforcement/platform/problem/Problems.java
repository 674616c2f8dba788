package gov.enforcement.platform.problem;

import java.util.List;

/** The problems this system answers with, named once so their types stay stable. */
public final class Problems {

    private Problems() {
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, "invalid-request", "Invalid request", field + ": " + message, null,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException invalidFields(List<Problem.FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message())
                .reduce((a, b) -> a + "; " + b).orElse("invalid request");
        return new ProblemException(400, "invalid-request", "Invalid request", detail, null, errors);
    }

    /** A well-formed command that a rule of the domain refuses (HTTP 422). */
    public static ProblemException ruleViolated(String rule, String detail) {
        return new ProblemException(422, "rule-violation", "Rule " + rule + " refuses this", detail, rule, null);
    }

    /** A command that a rule refuses because of a field's value (HTTP 422, naming the field). */
    public static ProblemException ruleViolated(String rule, String field, String detail) {
        return new ProblemException(422, "rule-violation", "Rule " + rule + " refuses this", detail, rule,
                List.of(new Problem.FieldError(field, detail)));
    }

    /** An event that could never be published: larger than one Kafka record may be (HTTP 413). */
    public static ProblemException eventTooLarge(String detail) {
        return new ProblemException(413, "event-too-large", "Event too large",
                detail + "; shorten the longest texts or split the step", null, null);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " does not exist", null, null);
    }

    public static ProblemException versionConflict(long expected, long actual) {
        return new VersionConflictException(expected, actual);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, null, null);
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "unauthorized", "Authentication required", detail, null, null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null, null);
    }

    /** Forbidden because a security rule (e.g. R-ACCESS, X-SEPARATE) says so. */
    public static ProblemException forbidden(String rule, String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, rule, null);
    }
}
