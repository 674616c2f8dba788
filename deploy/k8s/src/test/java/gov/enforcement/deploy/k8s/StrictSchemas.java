package gov.enforcement.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * OpenAPI schemas (Kubernetes' definitions, a CRD's openAPIV3Schema) as draft-4 JSON Schemas that refuse what
 * the API server would refuse or silently drop: an unknown field is an error (kubectl's default strict field
 * validation for built-in kinds; pruning for custom resources, where a misspelt field is a setting that never
 * takes effect), {@code nullable} and {@code x-kubernetes-int-or-string} become the JSON Schema they mean.
 */
final class StrictSchemas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private StrictSchemas() {
    }

    static ObjectNode strict(JsonNode openApi) {
        ObjectNode copy = openApi.deepCopy();
        tighten(copy, true);
        return copy;
    }

    /** Structural levels declare the fields; allOf/anyOf/oneOf/not branches only constrain them (no pruning there). */
    private static void tighten(ObjectNode schema, boolean structural) {
        if (schema.path("nullable").asBoolean(false)) {
            allowNull(schema);
        }
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false) && !schema.has("anyOf") && !schema.has("oneOf")) {
            schema.remove("type");
            schema.set("anyOf", JSON.arrayNode().add(type("integer")).add(type("string")));
        }
        if (structural && schema.has("properties") && !schema.has("additionalProperties")
                && !schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
            schema.put("additionalProperties", false);
        }
        if (schema.get("properties") instanceof ObjectNode properties) {
            properties.forEach(p -> tightenNode(p, structural));
        }
        tightenNode(schema.get("additionalProperties"), structural);
        tightenNode(schema.get("items"), structural);
        for (String combination : List.of("allOf", "anyOf", "oneOf")) {
            if (schema.get(combination) instanceof ArrayNode branches) {
                branches.forEach(b -> tightenNode(b, false));
            }
        }
        tightenNode(schema.get("not"), false);
    }

    private static void tightenNode(JsonNode node, boolean structural) {
        if (node instanceof ObjectNode object) {
            tighten(object, structural);
        }
    }

    private static void allowNull(ObjectNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual()) {
            schema.set("type", JSON.arrayNode().add(type.asText()).add("null"));
        }
        if (schema.get("enum") instanceof ArrayNode values) {
            values.addNull();
        }
    }

    static ObjectNode type(String name) {
        return JSON.objectNode().put("type", name);
    }
}
