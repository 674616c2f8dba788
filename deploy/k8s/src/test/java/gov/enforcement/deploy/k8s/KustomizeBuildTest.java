package gov.enforcement.deploy.k8s;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Both overlays build, complete, in Java; and where kubectl is installed, kubectl builds exactly the same. */
@DisplayName("The overlays build")
class KustomizeBuildTest {

    static Stream<Manifests> overlays() {
        return Manifests.OVERLAYS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    @DisplayName("every service has its workload, Service, budget, autoscaler, account and policy")
    void everyServiceIsComplete(Manifests overlay) {
        for (ServiceModule service : ServiceModule.values()) {
            for (String kind : List.of("Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler",
                    "ServiceAccount", "NetworkPolicy")) {
                overlay.get(kind, service.name);
            }
            overlay.get("ConfigMap", service.name + "-config");
            service.databaseCluster().ifPresent(db -> overlay.get("Cluster", db));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    @DisplayName("the platform is there: Kafka with node pools, topics, entry, default deny, monitoring config")
    void platformIsComplete(Manifests overlay) {
        overlay.get("Kafka", "events");
        assertTrue(overlay.ofKind("KafkaNodePool").size() >= 1);
        assertEquals(8, overlay.ofKind("KafkaTopic").size());
        overlay.get("NetworkPolicy", "default-deny");
        overlay.get("NetworkPolicy", "dns");
        overlay.get("ConfigMap", "three-systems-dashboard");
        overlay.get("Namespace", "three-systems");
    }

    @Test
    @DisplayName("prod adds backups, the public entry and the Prometheus resources on top")
    void prodHasBackupsAndMonitoring() {
        assertEquals(3, Manifests.PROD.ofKind("ScheduledBackup").size());
        Manifests.PROD.get("ObjectStore", "backups");
        Manifests.PROD.get("Gateway", "public");
        Manifests.PROD.get("HTTPRoute", "gateway");
        Manifests.PROD.get("Certificate", "gateway-tls");
        Manifests.PROD.get("PodMonitor", "three-systems");
        Manifests.PROD.get("PrometheusRule", "three-systems");
        assertEquals(3, Manifests.PROD.ofKind("PodMonitor").size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    @DisplayName("everything lives in the three-systems namespace and says it is part of the three systems")
    void namespaceAndLabels(Manifests overlay) {
        for (Map<String, Object> r : overlay.resources) {
            if (!"Namespace".equals(r.get("kind"))) {
                assertEquals("three-systems", Yaml.at(r, "metadata.namespace"), KustomizeBuild.id(r));
            }
            Map<?, ?> labels = (Map<?, ?>) KustomizeBuild.metadata(r).get("labels");
            assertEquals("three-systems", labels == null ? null : labels.get("app.kubernetes.io/part-of"),
                    KustomizeBuild.id(r));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    @DisplayName("kubectl kustomize builds the same resources, field for field (where kubectl is installed)")
    void kubectlAgrees(Manifests overlay) throws Exception {
        assumeTrue(kubectlInstalled(), "kubectl is not installed; the Java build stands alone");
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", overlay.dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(kubectl.getInputStream().readAllBytes());
        assertTrue(kubectl.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, kubectl.exitValue(), "kubectl kustomize " + overlay.dir);
        Map<String, Map<String, Object>> expected = byId(Yaml.resources(output));
        Map<String, Map<String, Object>> actual = byId(overlay.resources);
        assertEquals(expected.keySet(), actual.keySet(), "the same resources");
        for (String id : expected.keySet()) {
            assertEquals(expected.get(id), actual.get(id), id);
        }
    }

    @Test
    @DisplayName("the Java build refuses what it does not implement instead of building it wrong")
    void refusesUnknownFeatures(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("kustomization.yaml"), "resources: []\nreplicas: [{name: x, count: 2}]\n");
        assertThrows(UnsupportedOperationException.class, () -> KustomizeBuild.build(dir));
    }

    @Test
    @DisplayName("a strategic merge patch with a list is refused: its meaning depends on the schema")
    void refusesListsInStrategicMerge(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: b}\n");
        Files.writeString(dir.resolve("kustomization.yaml"), """
                resources: [cm.yaml]
                patches:
                  - patch: |-
                      apiVersion: v1
                      kind: ConfigMap
                      metadata: {name: c}
                      binaryData: [x]
                """);
        assertThrows(UnsupportedOperationException.class, () -> KustomizeBuild.build(dir));
    }

    private static Map<String, Map<String, Object>> byId(List<Map<String, Object>> resources) {
        Map<String, Map<String, Object>> byId = new TreeMap<>();
        new ArrayList<>(resources).forEach(r -> byId.put(KustomizeBuild.id(r), r));
        return byId;
    }

    private static boolean kubectlInstalled() {
        try {
            Process p = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
