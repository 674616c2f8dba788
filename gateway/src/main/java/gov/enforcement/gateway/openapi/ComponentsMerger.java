package gov.enforcement.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import gov.enforcement.gateway.routing.Service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Unions the services' {@code components}. Equal definitions under one name are kept once; different ones
 * under one name (two services' {@code Problem} schemas, say) keep the first and rename the later one to
 * {@code Name_<service>}, rewriting that service's {@code $ref}s, so neither service's schema is wrong.
 */
final class ComponentsMerger {

    private static final List<String> SECTIONS = List.of("schemas", "responses", "parameters", "examples",
            "requestBodies", "headers", "securitySchemes", "links", "callbacks", "pathItems");

    private final ObjectNode merged;

    /** @param merged the merged document's {@code components}, filled in place */
    ComponentsMerger(ObjectNode merged) {
        this.merged = merged;
    }

    /** Adds one service document's components; {@code document} is a private copy and is rewritten in place. */
    void add(ObjectNode document, Service service) {
        if (!(document.get("components") instanceof ObjectNode components)) {
            return;
        }
        dropBearerSchemes(components);
        Map<String, String> renamedRefs = new HashMap<>();
        Map<String, Map<String, String>> finalNames = new HashMap<>();
        for (String section : SECTIONS) {
            if (!(components.get(section) instanceof ObjectNode theirs)) {
                continue;
            }
            Map<String, String> names = new HashMap<>();
            theirs.fieldNames().forEachRemaining(name -> {
                JsonNode ours = merged.path(section).get(name);
                String finalName = ours == null || ours.equals(theirs.get(name)) ? name : name + "_" + service.key();
                names.put(name, finalName);
                if (!finalName.equals(name)) {
                    renamedRefs.put(ref(section, name), ref(section, finalName));
                }
            });
            finalNames.put(section, names);
        }
        rewriteRefs(document, renamedRefs);
        finalNames.forEach((section, names) -> {
            ObjectNode target = merged.has(section) ? (ObjectNode) merged.get(section) : merged.putObject(section);
            names.forEach((name, finalName) -> target.set(finalName, components.get(section).get(name)));
        });
    }

    /** The gateway documents one {@code bearerAuth} scheme; the services' own bearer schemes would duplicate it. */
    private static void dropBearerSchemes(ObjectNode components) {
        if (!(components.get("securitySchemes") instanceof ObjectNode schemes)) {
            return;
        }
        List<String> bearer = new ArrayList<>();
        schemes.fields().forEachRemaining(e -> {
            if ("http".equals(e.getValue().path("type").asText())
                    && "bearer".equals(e.getValue().path("scheme").asText().toLowerCase(Locale.ROOT))) {
                bearer.add(e.getKey());
            }
        });
        schemes.remove(bearer);
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renamedRefs) {
        if (renamedRefs.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && renamedRefs.containsKey(ref.asText())) {
                object.set("$ref", TextNode.valueOf(renamedRefs.get(ref.asText())));
            }
        }
        node.forEach(child -> rewriteRefs(child, renamedRefs));
    }

    private static String ref(String section, String name) {
        return "#/components/" + section + "/" + name;
    }
}
