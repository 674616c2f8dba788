package gov.enforcement.deploy.k8s;

import io.fabric8.kubernetes.api.model.KubernetesResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every resource of the base and both overlays parses into its model: the Kubernetes kinds into fabric8's
 * (no unknown or mistyped field), Strimzi, CloudNativePG, Barman Cloud and Prometheus Operator kinds against
 * the CRD schemas of the operator versions the README installs.
 */
@DisplayName("Manifests parse into the Kubernetes, Strimzi, CloudNativePG and Prometheus models")
class ManifestSchemaTest {

    @TestFactory
    Stream<DynamicTest> everyResourceIsValid() {
        return Stream.of(Manifests.BASE, Manifests.DEV, Manifests.PROD).flatMap(build -> build.resources.stream()
                .map(r -> DynamicTest.dynamicTest(build + ": " + KustomizeBuild.id(r), () -> assertValid(r))));
    }

    private static void assertValid(Map<String, Object> resource) {
        KubernetesResource model = Models.parse(resource);
        if (Models.isBuiltIn(resource)) {
            assertEquals(List.of(), Models.strayFields(model), "fields the Kubernetes API does not know");
        } else {
            String apiVersion = (String) resource.get("apiVersion");
            var schema = CrdSchemas.of(apiVersion, (String) resource.get("kind"));
            assertTrue(schema.isPresent(), "no vendored CRD serves " + apiVersion + " " + resource.get("kind"));
            assertEquals(List.of(), SchemaValidator.validate(resource, schema.get()), "schema violations");
        }
    }
}
