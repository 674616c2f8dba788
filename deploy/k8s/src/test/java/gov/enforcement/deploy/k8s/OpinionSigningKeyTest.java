package gov.enforcement.deploy.k8s;

import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** L-RESPONSIBILITY: legal review's opinion key is a mounted Secret, never something the service keeps or makes up. */
@DisplayName("The opinion signing key is mounted from a Secret")
class OpinionSigningKeyTest {

    static final String SECRET = "legal-review-opinion-signing";

    static Stream<Workloads> legalReview() {
        return Manifests.OVERLAYS.stream().map(o -> new Workloads(o, ServiceModule.LEGAL_REVIEW));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legalReview")
    @DisplayName("review.signing.key-location is a file of the Secret, mounted read-only, for the pod's group only")
    void keyFromTheSecret(Workloads w) {
        String location = w.runtimeConfig().get("review.signing.key-location");
        assertNotNull(location, "the service does not start without review.signing.key-location");
        Path file = Path.of(location);
        VolumeMount mount = w.container().getVolumeMounts().stream()
                .filter(m -> file.getParent().equals(Path.of(m.getMountPath()))).findFirst()
                .orElseThrow(() -> new AssertionError(location + " is on no volume"));
        assertEquals(Boolean.TRUE, mount.getReadOnly());
        assertNull(mount.getSubPath(), "a subPath mount would never see a rotated Secret");
        Volume volume = volume(w.deployment(), mount.getName());
        assertNotNull(volume.getSecret(), mount.getName() + " is a Secret volume");
        assertEquals(SECRET, volume.getSecret().getSecretName());
        assertEquals(0440, volume.getSecret().getDefaultMode(), "readable by the pod's group (fsGroup) only");
        var items = volume.getSecret().getItems();
        assertTrue(items == null || items.isEmpty(), "every key of the Secret under its own name");
        assertEquals("signing-key.pem", file.getFileName().toString(), "the Secret's key, as README section 5 creates it");
        assertNotNull(w.deployment().getSpec().getTemplate().getSpec().getSecurityContext().getFsGroup(), "the group owns the file");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legalReview")
    @DisplayName("no other workload mounts the opinion key")
    void onlyLegalReviewMountsIt(Workloads w) {
        for (Deployment d : w.overlay().all(Deployment.class)) {
            if (!d.getMetadata().getName().equals(w.service().name)) {
                assertTrue(d.getSpec().getTemplate().getSpec().getVolumes().stream()
                        .noneMatch(v -> v.getSecret() != null && SECRET.equals(v.getSecret().getSecretName())),
                        d.getMetadata().getName());
            }
        }
    }

    private static Volume volume(Deployment d, String name) {
        return d.getSpec().getTemplate().getSpec().getVolumes().stream().filter(v -> v.getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no volume " + name));
    }
}
