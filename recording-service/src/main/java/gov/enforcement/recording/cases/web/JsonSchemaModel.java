package gov.enforcement.recording.cases.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A JSON Schema (2020-12, as OpenAPI 3.1 takes it) turned into the OpenAPI model, keyword by keyword. */
final class JsonSchemaModel {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "dependentSchemas", "$defs");
    private static final Set<String> SCHEMAS = Set.of("items", "not", "contains", "propertyNames", "if", "then", "else",
            "additionalProperties", "unevaluatedProperties", "unevaluatedItems");
    private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
    private static final Set<String> DECIMALS = Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
            "multipleOf");

    private JsonSchemaModel() {
    }

    static Schema toSchema(JsonNode json) {
        Schema schema = OASFactory.createSchema();
        if (json.isBoolean()) {
            return json.asBoolean() ? schema : schema.not(OASFactory.createSchema());
        }
        json.fields().forEachRemaining(field -> {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (key.equals("type")) {
                (value.isArray() ? value : JSON.createArrayNode().add(value)).forEach(type ->
                        schema.addType(Schema.SchemaType.valueOf(type.asText().toUpperCase(Locale.ROOT))));
            } else if (SCHEMA_MAPS.contains(key)) {
                Map<String, Schema> schemas = new LinkedHashMap<>();
                value.fields().forEachRemaining(e -> schemas.put(e.getKey(), toSchema(e.getValue())));
                schema.set(key, schemas);
            } else if (SCHEMAS.contains(key) && (value.isObject() || value.isBoolean())) {
                if (key.equals("additionalProperties") && value.isBoolean()) {
                    schema.setAdditionalPropertiesBoolean(value.asBoolean());
                } else {
                    schema.set(key, toSchema(value));
                }
            } else if (SCHEMA_LISTS.contains(key)) {
                List<Schema> schemas = new ArrayList<>();
                value.forEach(item -> schemas.add(toSchema(item)));
                schema.set(key, schemas);
            } else if (DECIMALS.contains(key)) {
                schema.set(key, value.decimalValue());
            } else {
                schema.set(key, JSON.convertValue(value, Object.class));
            }
        });
        return schema;
    }
}
