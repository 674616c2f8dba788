package gov.enforcement.deploy.k8s;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every resource of the base and both overlays is valid against its schema: the Kubernetes kinds against
 * Kubernetes' OpenAPI definitions, the Strimzi, CloudNativePG, Barman Cloud, Prometheus Operator, Gateway API
 * and cert-manager kinds against the CRDs of the versions the README installs (ManifestValidator).
 */
@DisplayName("Manifests are valid against the Kubernetes and operator schemas")
class ManifestSchemaTest {

    @TestFactory
    Stream<DynamicTest> everyResourceIsValid() {
        return Stream.of(Manifests.BASE, Manifests.DEV, Manifests.PROD).flatMap(build -> build.resources.stream()
                .map(r -> DynamicTest.dynamicTest(build + ": " + KustomizeBuild.id(r),
                        () -> assertEquals(List.of(), ManifestValidator.validate(r), "schema violations"))));
    }
}
