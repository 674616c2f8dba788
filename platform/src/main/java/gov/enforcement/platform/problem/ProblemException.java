package gov.enforcement.platform.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thrown anywhere to answer the client with a problem document. Domain refusals carry the rule ID
 * so that the caller learns which requirement stopped them.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final String rule;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public ProblemException(int status, String slug, String title, String detail, String rule,
                            List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.rule = rule;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** Adds a machine-readable member, e.g. the current state and the allowed next steps. */
    public ProblemException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String rule() {
        return rule;
    }

    public Problem toProblem(String instance) {
        return new Problem(URI.create(Problem.TYPE_BASE + slug), title, status, getMessage(), instance, rule,
                errors, Map.copyOf(extensions));
    }
}
