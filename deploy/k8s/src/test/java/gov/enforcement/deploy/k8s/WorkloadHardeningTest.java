package gov.enforcement.deploy.k8s;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every service pod meets the "restricted" Pod Security Standard, is sized, and survives disruptions. */
@DisplayName("Workloads are hardened, sized and highly available")
class WorkloadHardeningTest {

    static Stream<Workloads> workloads() {
        return ServiceWiringTest.workloads();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workloads")
    @DisplayName("non-root, read-only root filesystem, no privilege escalation, no capabilities, RuntimeDefault seccomp")
    void restrictedPodSecurity(Workloads w) {
        var pod = w.deployment().getSpec().getTemplate().getSpec();
        var c = w.container().getSecurityContext();
        assertTrue(pod.getSecurityContext().getRunAsNonRoot());
        assertTrue(pod.getSecurityContext().getRunAsUser() > 0);
        assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType());
        assertTrue(c.getReadOnlyRootFilesystem());
        assertFalse(c.getAllowPrivilegeEscalation());
        assertEquals(List.of("ALL"), c.getCapabilities().getDrop());
        assertTrue(c.getCapabilities().getAdd() == null || c.getCapabilities().getAdd().isEmpty());
        assertFalse(pod.getAutomountServiceAccountToken(), "no API token in pods that never call the API");
        assertTrue(pod.getHostNetwork() == null || !pod.getHostNetwork());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workloads")
    @DisplayName("/tmp is a size-limited emptyDir: the only place Quarkus and the JVM write")
    void writableTmp(Workloads w) {
        var mount = w.container().getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp"))
                .findFirst().orElseThrow(() -> new AssertionError("no /tmp mount"));
        Volume volume = w.deployment().getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
        assertNotNull(volume.getEmptyDir(), "an emptyDir");
        assertNotNull(volume.getEmptyDir().getSizeLimit(), "with a size limit");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workloads")
    @DisplayName("CPU and memory requests and limits; memory is not overcommitted")
    void resources(Workloads w) {
        var resources = w.container().getResources();
        for (String r : new String[]{"cpu", "memory"}) {
            assertNotNull(resources.getRequests().get(r), "request " + r);
            assertNotNull(resources.getLimits().get(r), "limit " + r);
            assertTrue(Quantity.getAmountInBytes(resources.getRequests().get(r))
                    .compareTo(Quantity.getAmountInBytes(resources.getLimits().get(r))) <= 0, r + " request <= limit");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workloads")
    @DisplayName("rolling updates never lower capacity, and the image is pinned to a tag")
    void rollingUpdates(Workloads w) {
        var rolling = w.deployment().getSpec().getStrategy().getRollingUpdate();
        assertEquals(0, rolling.getMaxUnavailable().getIntVal());
        String image = w.container().getImage();
        assertTrue(Images.tag(image) != null && !"latest".equals(Images.tag(image)), image);
    }

    @Test
    @DisplayName("prod: at least 2 replicas, an autoscaler that keeps 2, a budget that keeps 1")
    void prodIsHighlyAvailable() {
        for (ServiceModule s : ServiceModule.values()) {
            Workloads w = new Workloads(Manifests.PROD, s);
            assertTrue(w.deployment().getSpec().getReplicas() >= 2, s.name);
            assertTrue(Manifests.PROD.get(HorizontalPodAutoscaler.class, s.name).getSpec().getMinReplicas() >= 2, s.name);
            assertEquals(1, Manifests.PROD.get(PodDisruptionBudget.class, s.name).getSpec().getMinAvailable().getIntVal());
        }
    }

    @Test
    @DisplayName("the namespace enforces at least the baseline Pod Security Standard and warns on restricted")
    void namespaceEnforcesPodSecurity() {
        Map<String, String> labels = Manifests.typed(Manifests.PROD.get("Namespace", "three-systems"),
                io.fabric8.kubernetes.api.model.Namespace.class).getMetadata().getLabels();
        assertTrue(List.of("baseline", "restricted").contains(labels.get("pod-security.kubernetes.io/enforce")));
        assertEquals("restricted", labels.get("pod-security.kubernetes.io/warn"));
    }
}
