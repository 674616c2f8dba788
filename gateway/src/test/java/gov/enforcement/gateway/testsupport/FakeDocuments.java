package gov.enforcement.gateway.testsupport;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The OpenAPI documents the fake services serve. Recording and legal review both define a {@code Problem}
 * schema, differently, and an identical {@code Agency} schema; recording also documents a path it does not own
 * and an internal one, which the merged document must leave out.
 */
final class FakeDocuments {

    private FakeDocuments() {
    }

    static JsonObject of(String service) {
        return switch (service) {
            case "recording" -> document("recording-service", new JsonObject()
                    .put("/api/v1/cases", new JsonObject().put("post", operation("register a case", "#/components/schemas/Problem")
                            .put("security", new JsonArray().add(new JsonObject().put("SecurityScheme", new JsonArray())))))
                    .put("/api/v1/audit/checkpoints/latest", new JsonObject().put("get", operation("latest checkpoint", null)))
                    .put("/api/v1/reviews/not-mine", new JsonObject().put("get", operation("not routed to recording", null)))
                    .put("/internal/replay", new JsonObject().put("post", operation("internal", null))),
                    new JsonObject().put("type", "object").put("properties", new JsonObject()
                            .put("type", new JsonObject().put("type", "string"))));
            case "legal-review" -> document("legal-review-service", new JsonObject()
                    .put("/api/v1/reviews", new JsonObject().put("get", operation("the review queue", "#/components/schemas/Problem")))
                    .put("/api/v1/review-catalogue", new JsonObject()
                            .put("get", operation("the catalogue", null))
                            .put("put", operation("replace the catalogue", null))),
                    new JsonObject().put("type", "object").put("properties", new JsonObject()
                            .put("rule", new JsonObject().put("type", "string"))));
            case "disclosure" -> document("disclosure-service", new JsonObject()
                    .put("/api/v1/public/decisions", new JsonObject().put("get", operation("published decisions", null)))
                    .put("/api/v1/disclosures", new JsonObject().put("get", operation("obligations", null))),
                    null);
            default -> throw new IllegalArgumentException(service);
        };
    }

    private static JsonObject document(String title, JsonObject paths, JsonObject problemSchema) {
        JsonObject schemas = new JsonObject().put("Agency", new JsonObject().put("type", "string").put("minLength", 18));
        if (problemSchema != null) {
            schemas.put("Problem", problemSchema);
        }
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", title).put("version", "1"))
                .put("tags", new JsonArray().add(new JsonObject().put("name", title)))
                .put("paths", paths)
                .put("components", new JsonObject()
                        .put("schemas", schemas)
                        .put("securitySchemes", new JsonObject().put("SecurityScheme", new JsonObject()
                                .put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT"))));
    }

    private static JsonObject operation(String summary, String errorSchemaRef) {
        JsonObject responses = new JsonObject().put("200", new JsonObject().put("description", "ok"));
        if (errorSchemaRef != null) {
            responses.put("400", new JsonObject().put("description", "problem").put("content", new JsonObject()
                    .put("application/problem+json", new JsonObject()
                            .put("schema", new JsonObject().put("$ref", errorSchemaRef)))));
        }
        return new JsonObject().put("summary", summary).put("responses", responses);
    }
}
