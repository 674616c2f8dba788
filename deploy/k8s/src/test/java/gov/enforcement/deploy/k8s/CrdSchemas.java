package gov.enforcement.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The custom resources' schemas, from the operators' own CRDs vendored under src/test/resources/crds (see
 * NOTICE.md there), keyed by apiVersion and kind, made strict; their metadata is Kubernetes' ObjectMeta.
 */
final class CrdSchemas {

    private static final Map<String, ObjectNode> SCHEMAS = load();

    private CrdSchemas() {
    }

    /** The schema of a served version, or empty when no vendored CRD defines this apiVersion and kind. */
    static Optional<ObjectNode> of(String apiVersion, String kind) {
        return Optional.ofNullable(SCHEMAS.get(apiVersion + " " + kind));
    }

    private static Map<String, ObjectNode> load() {
        Path dir = Repo.K8S.resolve("src/test/resources/crds");
        Map<String, ObjectNode> schemas = new HashMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (Object doc : Yaml.documents(file)) {
                    JsonNode crd = Yaml.MAPPER.valueToTree(doc);
                    if (!"CustomResourceDefinition".equals(crd.path("kind").asText())) {
                        continue;
                    }
                    String group = crd.path("spec").path("group").asText();
                    String kind = crd.path("spec").path("names").path("kind").asText();
                    for (JsonNode version : crd.path("spec").path("versions")) {
                        if (version.path("served").asBoolean(false)) {
                            schemas.put(group + "/" + version.path("name").asText() + " " + kind,
                                    schema(version.path("schema").path("openAPIV3Schema")));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return schemas;
    }

    private static ObjectNode schema(JsonNode openApi) {
        ObjectNode schema = StrictSchemas.strict(openApi);
        // the CRD says only "object": the API server checks metadata as ObjectMeta itself
        ((ObjectNode) schema.get("properties"))
                .set("metadata", JsonNodeFactory.instance.objectNode().put("$ref", KubernetesSchemas.OBJECT_META));
        schema.set("definitions", KubernetesSchemas.definitions());
        return schema;
    }
}
