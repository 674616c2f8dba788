package gov.enforcement.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in kinds' schemas, from the Kubernetes OpenAPI definitions vendored under
 * src/test/resources/openapi (see NOTICE.md there), made strict, plus what the published definitions leave
 * to the API server's Go validation: quantities ("1Gi", not "1 gigabyte"), int-or-string, and the enums of
 * the core kinds (kubernetes-enums.yaml).
 */
final class KubernetesSchemas {

    static final Path DIR = Repo.K8S.resolve("src/test/resources/openapi");
    static final String OBJECT_META = "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";
    /** resource.Quantity's grammar, as the operators' CRDs spell it (controller-gen). */
    static final String QUANTITY = "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))"
            + "(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectNode DEFINITIONS = load();
    private static final Map<String, String> BY_KIND = index();

    private KubernetesSchemas() {
    }

    /** Every definition, strict: the target of {@code #/definitions/...} references, CRDs' metadata included. */
    static ObjectNode definitions() {
        return DEFINITIONS;
    }

    /** The schema of a built-in apiVersion and kind, or empty when Kubernetes has no such kind. */
    static Optional<ObjectNode> of(String apiVersion, String kind) {
        return Optional.ofNullable(BY_KIND.get(apiVersion + " " + kind)).map(name -> {
            ObjectNode root = JSON.objectNode().put("$ref", "#/definitions/" + name);
            root.set("definitions", DEFINITIONS);
            return root;
        });
    }

    private static ObjectNode load() {
        try {
            ObjectMapper json = new ObjectMapper();
            JsonNode swagger = json.readTree(DIR.resolve("kubernetes-1.30/swagger-definitions.json").toFile());
            ObjectNode definitions = JSON.objectNode();
            swagger.get("definitions").fields().forEachRemaining(
                    d -> definitions.set(d.getKey(), StrictSchemas.strict(d.getValue())));
            definitions.set("io.k8s.apimachinery.pkg.util.intstr.IntOrString",
                    JSON.objectNode().set("type", JSON.arrayNode().add("integer").add("string")));
            definitions.set("io.k8s.apimachinery.pkg.api.resource.Quantity", JSON.objectNode().set("anyOf",
                    JSON.arrayNode().add(StrictSchemas.type("number"))
                            .add(StrictSchemas.type("string").put("pattern", QUANTITY))));
            JsonNode enums = Yaml.MAPPER.readTree(DIR.resolve("kubernetes-enums.yaml").toFile());
            enums.fields().forEachRemaining(def -> def.getValue().fields().forEachRemaining(field -> {
                ObjectNode property = (ObjectNode) definitions.get(def.getKey()).get("properties").get(field.getKey());
                if (property == null) {
                    throw new IllegalStateException("kubernetes-enums.yaml: no " + def.getKey() + "." + field.getKey());
                }
                ObjectNode target = property.has("items") ? (ObjectNode) property.get("items") : property;
                target.set("enum", field.getValue());
            }));
            return definitions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> index() {
        Map<String, String> byKind = new HashMap<>();
        DEFINITIONS.fields().forEachRemaining(def -> def.getValue().path("x-kubernetes-group-version-kind").forEach(gvk -> {
            String group = gvk.path("group").asText();
            String apiVersion = group.isEmpty() ? gvk.path("version").asText() : group + "/" + gvk.path("version").asText();
            byKind.put(apiVersion + " " + gvk.path("kind").asText(), def.getKey());
        }));
        return byKind;
    }
}
