package gov.enforcement.platform.openapi;

import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Schemas the generator names after Java classes ({@code UUID}, {@code OffsetDateTime}, Jackson's {@code JsonNode}
 * described as a bean) say nothing to a client and break generated code: each is written inline as the JSON it is.
 */
final class JavaTypeSchemas {

    private static final String PREFIX = "#/components/schemas/";

    /** What each Java-named schema is on the wire; an empty schema is any JSON value. */
    private static final Map<String, Map<String, Object>> ON_THE_WIRE = Map.ofEntries(
            Map.entry("UUID", Map.of("type", "string", "format", "uuid")),
            Map.entry("OffsetDateTime", Map.of("type", "string", "format", "date-time")),
            Map.entry("ZonedDateTime", Map.of("type", "string", "format", "date-time")),
            Map.entry("Instant", Map.of("type", "string", "format", "date-time")),
            Map.entry("LocalDateTime", Map.of("type", "string", "description", "date and time without offset")),
            Map.entry("LocalDate", Map.of("type", "string", "format", "date")),
            Map.entry("LocalTime", Map.of("type", "string", "format", "time")),
            Map.entry("Duration", Map.of("type", "string", "format", "duration")),
            Map.entry("URI", Map.of("type", "string", "format", "uri")),
            Map.entry("BigDecimal", Map.of("type", "number")),
            Map.entry("JsonNode", Map.of("description", "any JSON value")),
            Map.entry("ObjectNode", Map.of("type", "object")),
            Map.entry("ArrayNode", Map.of("type", "array")),
            Map.entry("JsonNodeType", Map.of("type", "string")));

    private JavaTypeSchemas() {
    }

    static void inline(OpenAPI openAPI) {
        forEachSchema(openAPI, JavaTypeSchemas::inlineRef);
        Components components = openAPI.getComponents();
        if (components != null && components.getSchemas() != null) {
            ON_THE_WIRE.keySet().forEach(components::removeSchema);
        }
    }

    static boolean isJavaName(String schemaName) {
        return ON_THE_WIRE.containsKey(schemaName);
    }

    private static void inlineRef(Schema schema) {
        String ref = schema.getRef();
        if (ref != null && ref.startsWith(PREFIX) && ON_THE_WIRE.containsKey(ref.substring(PREFIX.length()))) {
            schema.setRef(null);
            ON_THE_WIRE.get(ref.substring(PREFIX.length())).forEach((key, value) -> {
                if (key.equals("type")) {
                    schema.addType(Schema.SchemaType.valueOf(((String) value).toUpperCase(java.util.Locale.ROOT)));
                } else if (schema.get(key) == null) {
                    schema.set(key, value);
                }
            });
        }
    }

    /** Visits every schema of the document, nested ones included. */
    static void forEachSchema(OpenAPI openAPI, Consumer<Schema> visitor) {
        Components components = openAPI.getComponents();
        if (components != null && components.getSchemas() != null) {
            components.getSchemas().values().forEach(s -> walk(s, visitor));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            if (item.getParameters() != null) {
                item.getParameters().forEach(p -> walk(p.getSchema(), visitor));
            }
            item.getOperations().values().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(p -> walk(p.getSchema(), visitor));
                }
                if (operation.getRequestBody() != null) {
                    walk(operation.getRequestBody().getContent(), visitor);
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(response -> {
                        walk(response.getContent(), visitor);
                        if (response.getHeaders() != null) {
                            response.getHeaders().values().forEach(h -> walk(h.getSchema(), visitor));
                        }
                    });
                }
            });
        });
    }

    private static void walk(Content content, Consumer<Schema> visitor) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> walk(media.getSchema(), visitor));
        }
    }

    static void walk(Schema schema, Consumer<Schema> visitor) {
        if (schema == null) {
            return;
        }
        visitor.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(s -> walk(s, visitor));
        }
        walk(schema.getItems(), visitor);
        walk(schema.getAdditionalPropertiesSchema(), visitor);
        walk(schema.getNot(), visitor);
        java.util.stream.Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                .filter(java.util.Objects::nonNull).flatMap(java.util.List::stream).forEach(s -> walk(s, visitor));
    }
}
