package gov.enforcement.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a resource against its kind's schema with networknt's JSON Schema validator: built-in kinds against
 * Kubernetes' OpenAPI definitions, custom resources against their operator's CRD. Not checked: CEL rules
 * ({@code x-kubernetes-validations}) and the Go validation of built-in kinds beyond types, enums and quantities.
 */
final class ManifestValidator {

    // OpenAPI 3.0 schemas are draft-4 JSON Schema in their validation keywords (boolean exclusiveMinimum etc.)
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private ManifestValidator() {
    }

    /** The schema of this apiVersion and kind, built-in or from a vendored CRD. */
    static Optional<ObjectNode> schemaOf(String apiVersion, String kind) {
        return KubernetesSchemas.of(apiVersion, kind).or(() -> CrdSchemas.of(apiVersion, kind));
    }

    /** The violations, each as "/json/pointer: message"; a kind without a schema is one violation. */
    static List<String> validate(Map<String, Object> resource) {
        String apiVersion = String.valueOf(resource.get("apiVersion"));
        String kind = String.valueOf(resource.get("kind"));
        Optional<ObjectNode> schema = schemaOf(apiVersion, kind);
        if (schema.isEmpty()) {
            return List.of("/: no schema for " + apiVersion + " " + kind + " (neither Kubernetes nor a vendored CRD)");
        }
        JsonNode document = Yaml.MAPPER.valueToTree(resource);
        return SCHEMAS.computeIfAbsent(apiVersion + " " + kind, k -> FACTORY.getSchema(schema.get(), CONFIG))
                .validate(document).stream().map(ValidationMessage::getMessage).sorted().distinct().toList();
    }
}
