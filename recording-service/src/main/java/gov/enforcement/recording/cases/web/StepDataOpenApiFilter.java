package gov.enforcement.recording.cases.web;

import gov.enforcement.recording.cases.domain.CaseEventTypes;
import gov.enforcement.recording.cases.domain.Procedures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /cases/{id}/events} as what it is: a {@code oneOf} of the step types, discriminated by
 * {@code type}, whose {@code data} is the very JSON Schema the event is published under (events module), minus the
 * members the server completes. One source for payloads: a schema change shows in the API without an edit here.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class StepDataOpenApiFilter implements OASFilter {

    static final String REQUEST = "AppendStepRequest";
    private static final String PREFIX = "#/components/schemas/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        Map<String, String> mapping = new LinkedHashMap<>();
        Map<String, JsonNode> hoisted = new LinkedHashMap<>();
        for (String step : Procedures.OFFICER_STEPS) {
            ObjectNode data = dataSchema(step, components, hoisted);
            components.addSchema(step + "Data", JsonSchemaModel.toSchema(data));
            components.addSchema(step + "Step", stepSchema(step));
            mapping.put(step, PREFIX + step + "Step");
        }
        components.addSchema(REQUEST, OASFactory.createSchema()
                .description("One case step: its type and its data (the published JSON Schema of that event)."
                        + " expectedVersion is the alternative to If-Match.")
                .oneOf(mapping.values().stream().map(ref -> OASFactory.createSchema().ref(ref)).toList())
                .discriminator(OASFactory.createDiscriminator().propertyName("type").mapping(mapping)));
    }

    private static Schema stepSchema(String step) {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).title(step)
                .required(List.of("type", "data"))
                .properties(Map.of(
                        "type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of(step)),
                        "data", OASFactory.createSchema().ref(PREFIX + step + "Data"),
                        "expectedVersion", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                                .addType(Schema.SchemaType.NULL).format("int64").minimum(java.math.BigDecimal.ZERO)
                                .description("The stream version the step expects; If-Match takes precedence")));
    }

    /** The event's data schema, its $defs moved to components and the members the server completes optional. */
    private static ObjectNode dataSchema(String step, Components components, Map<String, JsonNode> hoisted) {
        ObjectNode schema = read(CaseEventTypes.typeOf(CaseEventTypes.classOf(step)).schemaResource());
        schema.remove(List.of("$schema", "$id"));
        if (schema.remove("$defs") instanceof ObjectNode defs) {
            rewriteRefs(schema, prefixed(hoist(step, defs, components, hoisted)));
        }
        if (schema.get("required") instanceof ArrayNode required) {
            var optional = StepSchemas.completedByServer(step);
            for (int i = required.size() - 1; i >= 0; i--) {
                if (optional.contains(required.get(i).asText())) {
                    required.remove(i);
                }
            }
        }
        return schema;
    }

    /**
     * Adds each definition to components once, as {@code Certificate}, or {@code <Step>Certificate} when another
     * schema took the name with a different definition; answers the component name by each {@code #/$defs/…} ref.
     */
    private static Map<String, String> hoist(String step, ObjectNode defs, Components components,
                                             Map<String, JsonNode> hoisted) {
        Map<String, String> renamed = new LinkedHashMap<>();
        defs.fields().forEachRemaining(def -> {
            String name = Character.toUpperCase(def.getKey().charAt(0)) + def.getKey().substring(1);
            boolean taken = components.getSchemas() != null && components.getSchemas().containsKey(name);
            renamed.put("#/$defs/" + def.getKey(), !taken || hoisted.containsKey(name) ? name : step + name);
        });
        // definitions refer to each other too: rewritten before they are compared or converted
        rewriteRefs(defs, prefixed(renamed));
        defs.fields().forEachRemaining(def -> {
            String name = renamed.get("#/$defs/" + def.getKey());
            if (hoisted.containsKey(name) && !hoisted.get(name).equals(def.getValue())) {
                name = step + name;
                renamed.put("#/$defs/" + def.getKey(), name);
            }
            if (hoisted.putIfAbsent(name, def.getValue()) == null) {
                components.addSchema(name, JsonSchemaModel.toSchema(def.getValue()));
            }
        });
        return renamed;
    }

    private static Map<String, String> prefixed(Map<String, String> names) {
        Map<String, String> refs = new LinkedHashMap<>();
        names.forEach((ref, name) -> refs.put(ref, PREFIX + name));
        return refs;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renamed) {
        if (node instanceof ObjectNode object && object.get("$ref") instanceof TextNode ref
                && renamed.containsKey(ref.asText())) {
            object.set("$ref", TextNode.valueOf(renamed.get(ref.asText())));
        }
        node.forEach(child -> rewriteRefs(child, renamed));
    }

    private static ObjectNode read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing schema " + resource);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
