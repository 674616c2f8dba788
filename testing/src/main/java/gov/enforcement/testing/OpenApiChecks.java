package gov.enforcement.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * What a client generator needs of an OpenAPI document, checked the same way for each service's own
 * {@code /q/openapi} and for the gateway's merged one: each list is empty when the document is fine.
 */
public final class OpenApiChecks {

    public static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern JAVA_NAMES = Pattern.compile(
            "JsonNode|ObjectNode|ArrayNode|JsonNodeType|UUID|OffsetDateTime|LocalDate|LocalDateTime|Instant|BigDecimal"
                    + "|URI|Duration|Map|List|Object|String|Uni|Multi|Response");
    private static final String PROBLEM = "#/components/schemas/Problem";

    private OpenApiChecks() {
    }

    /** The service's own document as JSON. */
    public static JsonNode ownDocument() {
        try {
            return new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                    .extract().asByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All of the checks below that apply to any document: an empty list when it is fine. */
    public static List<String> everything(JsonNode document, boolean require4xx) {
        List<String> problems = new ArrayList<>(operationIdProblems(document));
        problems.addAll(problemResponseProblems(document, require4xx));
        javaNames(document).forEach(name -> problems.add("schema named after a Java class: " + name));
        return problems;
    }

    /** Operations without an operationId, and operationIds used twice. */
    public static List<String> operationIdProblems(JsonNode document) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        forEachOperation(document, (name, operation) -> {
            String id = operation.path("operationId").asText("");
            if (id.isEmpty()) {
                problems.add(name + ": no operationId");
            } else if (!seen.add(id)) {
                problems.add(name + ": operationId " + id + " used twice");
            }
        });
        return problems;
    }

    /**
     * 4xx/5xx answers whose body is not the Problem schema, and operations without an error answer (without a 4xx
     * one when {@code require4xx}: behind the gateway, which rate-limits every request, each has 429 at least).
     */
    public static List<String> problemResponseProblems(JsonNode document, boolean require4xx) {
        List<String> problems = new ArrayList<>();
        forEachOperation(document, (name, operation) -> {
            boolean any4xx = false;
            boolean anyError = false;
            for (var it = operation.path("responses").fields(); it.hasNext(); ) {
                var response = it.next();
                if (response.getKey().matches("[45]..")) {
                    any4xx |= response.getKey().startsWith("4");
                    anyError = true;
                    String ref = response.getValue().path("content").path("application/problem+json")
                            .path("schema").path("$ref").asText("");
                    if (!ref.startsWith(PROBLEM)) {
                        problems.add(name + " " + response.getKey() + ": not a Problem");
                    }
                }
            }
            if (require4xx ? !any4xx : !anyError) {
                problems.add(name + (require4xx ? ": no 4xx answer" : ": no error answer"));
            }
        });
        return problems;
    }

    /** Component schemas named after a Java class, and any $ref to one. */
    public static List<String> javaNames(JsonNode document) {
        List<String> found = new ArrayList<>();
        document.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            if (JAVA_NAMES.matcher(name).matches()) {
                found.add(name);
            }
        });
        return found;
    }

    /** The step types the append's body offers, by its discriminator mapping. */
    public static Set<String> appendStepTypes(JsonNode document, String path) {
        JsonNode schema = document.path("paths").path(path).path("post").path("requestBody").path("content")
                .path("application/json").path("schema");
        JsonNode resolved = resolve(document, schema);
        Set<String> types = new HashSet<>();
        resolved.path("discriminator").path("mapping").fieldNames().forEachRemaining(types::add);
        if (resolved.path("oneOf").size() != types.size()) {
            types.add("(oneOf has " + resolved.path("oneOf").size() + " members, mapping " + types.size() + ")");
        }
        return types;
    }

    public static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : schema;
    }

    private static void forEachOperation(JsonNode document, java.util.function.BiConsumer<String, JsonNode> action) {
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                action.accept(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
    }
}
