package gov.enforcement.gateway.problem;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;

/** An RFC 9457 problem document as the gateway writes it; same shape as the services' problems. */
public record Problem(ProblemType kind, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType kind, String detail, String instance) {
        return new Problem(kind, kind.status(), detail, instance, List.of());
    }

    /** A 400 naming the offending input fields. */
    public static Problem invalidFields(List<FieldError> errors, String instance) {
        String detail = String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
        return new Problem(ProblemType.INVALID_REQUEST, 400, detail, instance, List.copyOf(errors));
    }

    /** Built by hand rather than by reflection so the member order and names are fixed. */
    public JsonObject toJson() {
        JsonObject json = new JsonObject()
                .put("type", kind.type().toString())
                .put("title", kind.title())
                .put("status", status)
                .put("detail", detail);
        if (instance != null) {
            json.put("instance", instance);
        }
        if (!errors.isEmpty()) {
            JsonArray array = new JsonArray();
            errors.forEach(e -> array.add(new JsonObject().put("field", e.field()).put("message", e.message())));
            json.put("errors", array);
        }
        return json;
    }

    /** One invalid input field and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
