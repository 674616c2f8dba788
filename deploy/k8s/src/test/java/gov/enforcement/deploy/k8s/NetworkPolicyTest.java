package gov.enforcement.deploy.k8s;

import gov.enforcement.deploy.k8s.NetworkFlows.Pod;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The NetworkPolicies allow exactly the flows of ARCHITECTURE.md: ingress to the gateway, gateway to the three
 * services, legal review to recording, each service to its own database and to Kafka, Prometheus to the metrics
 * ports, DNS; plus what the operators need. Everything else is refused.
 */
@DisplayName("NetworkPolicies allow only the architecture's flows")
class NetworkPolicyTest {

    private static final String NS = "three-systems";
    // Envoy Gateway runs its proxies in its own namespace
    private static final Pod INGRESS = new Pod("envoy-gateway-system", Map.of("app.kubernetes.io/name", "envoy",
            "app.kubernetes.io/component", "proxy"), Map.of());
    private static final Pod PROMETHEUS = new Pod("monitoring", Map.of("app.kubernetes.io/name", "prometheus"), Map.of());
    private static final Pod STRANGER = new Pod(NS, Map.of("app", "debug-shell"), Map.of());
    private static final Pod OTHER_NAMESPACE = new Pod("default", Map.of("app", "something"), Map.of());
    private static final Pod DNS = new Pod("kube-system", Map.of("k8s-app", "kube-dns"), Map.of());
    private static final Pod CNPG_OPERATOR = new Pod("cnpg-system", Map.of("app.kubernetes.io/name", "cloudnative-pg"), Map.of());
    private static final Pod STRIMZI_OPERATOR = new Pod("strimzi", Map.of("strimzi.io/kind", "cluster-operator"), Map.of());
    private static final Pod BROKER = new Pod(NS, Map.of("strimzi.io/cluster", "events", "strimzi.io/kind", "Kafka",
            "strimzi.io/broker-role", "true", "strimzi.io/pool-name", "broker"), Map.of("tcp-prometheus", 9404));
    private static final Pod CONTROLLER = new Pod(NS, Map.of("strimzi.io/cluster", "events", "strimzi.io/kind", "Kafka",
            "strimzi.io/controller-role", "true", "strimzi.io/pool-name", "controller"), Map.of("tcp-prometheus", 9404));
    private static final Pod OUTSIDE = Pod.outside();

    static Stream<Manifests> overlays() {
        return Manifests.OVERLAYS.stream();
    }

    static Pod pod(Manifests overlay, ServiceModule service) {
        var w = new Workloads(overlay, service);
        Map<String, Integer> ports = new HashMap<>();
        w.container().getPorts().forEach(p -> ports.put(p.getName(), p.getContainerPort()));
        return new Pod(NS, w.deployment().getSpec().getTemplate().getMetadata().getLabels(), ports);
    }

    private static Pod database(String cluster) {
        return new Pod(NS, Map.of("cnpg.io/cluster", cluster, "cnpg.io/podRole", "instance"),
                Map.of("postgresql", 5432, "metrics", 9187, "status", 8000));
    }

    private static NetworkFlows flows(Manifests overlay) {
        return new NetworkFlows(overlay.all(NetworkPolicy.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    @DisplayName("the public reaches the gateway through Envoy Gateway's proxies, and nothing else")
    void publicEntry(Manifests o) {
        var flows = flows(o);
        assertTrue(flows.allowed(INGRESS, pod(o, ServiceModule.GATEWAY), 8080, "TCP"));
        for (ServiceModule s : new ServiceModule[]{ServiceModule.RECORDING, ServiceModule.LEGAL_REVIEW, ServiceModule.DISCLOSURE}) {
            assertFalse(flows.allowed(INGRESS, pod(o, s), 8080, "TCP"), s.name + " is not public");
            assertFalse(flows.allowed(OUTSIDE, pod(o, s), 8080, "TCP"), s.name + " is not public");
        }
        assertFalse(flows.allowed(OUTSIDE, pod(o, ServiceModule.GATEWAY), 8080, "TCP"), "only through the ingress");
        for (ServiceModule s : ServiceModule.values()) {
            assertFalse(flows.allowed(INGRESS, pod(o, s), 9000, "TCP"), s.name + ": the management port is not public");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    @DisplayName("the gateway calls the three services; legal review calls recording; no other service calls")
    void serviceCalls(Manifests o) {
        var flows = flows(o);
        Pod gateway = pod(o, ServiceModule.GATEWAY);
        Pod recording = pod(o, ServiceModule.RECORDING);
        Pod review = pod(o, ServiceModule.LEGAL_REVIEW);
        Pod disclosure = pod(o, ServiceModule.DISCLOSURE);
        for (Pod backend : new Pod[]{recording, review, disclosure}) {
            assertTrue(flows.allowed(gateway, backend, 8080, "TCP"));
            assertTrue(flows.allowed(gateway, backend, 9000, "TCP"), "the gateway reports the services' readiness");
        }
        assertTrue(flows.allowed(review, recording, 8080, "TCP"), "a reviewer opens the case file");
        assertFalse(flows.allowed(review, recording, 9000, "TCP"), "but not its management port");
        assertFalse(flows.allowed(recording, review, 8080, "TCP"));
        assertFalse(flows.allowed(disclosure, recording, 8080, "TCP"));
        assertFalse(flows.allowed(recording, disclosure, 8080, "TCP"));
        assertFalse(flows.allowed(review, disclosure, 8080, "TCP"));
        assertFalse(flows.allowed(recording, gateway, 8080, "TCP"));
        assertFalse(flows.allowed(STRANGER, recording, 8080, "TCP"), "default deny");
        assertFalse(flows.allowed(OTHER_NAMESPACE, gateway, 8080, "TCP"), "default deny");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    @DisplayName("each service reaches its own database and no other; the gateway reaches none")
    void databases(Manifests o) {
        var flows = flows(o);
        for (ServiceModule s : ServiceModule.values()) {
            for (ServiceModule owner : ServiceModule.values()) {
                owner.databaseCluster().ifPresent(cluster -> {
                    boolean own = owner == s;
                    if (own != flows.allowed(pod(o, s), database(cluster), 5432, "TCP")) {
                        throw new AssertionError(s.name + " -> " + cluster + " should be " + (own ? "allowed" : "refused"));
                    }
                });
            }
        }
        assertFalse(flows.allowed(STRANGER, database("recording-db"), 5432, "TCP"));
        assertTrue(flows.allowed(database("recording-db"), database("recording-db"), 5432, "TCP"), "replication");
        assertFalse(flows.allowed(database("recording-db"), database("disclosure-db"), 5432, "TCP"));
        assertTrue(flows.allowed(CNPG_OPERATOR, database("disclosure-db"), 8000, "TCP"), "the operator's status port");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    @DisplayName("the three services reach the Kafka brokers' TLS listener only; the gateway and strangers do not")
    void kafka(Manifests o) {
        var flows = flows(o);
        for (ServiceModule s : new ServiceModule[]{ServiceModule.RECORDING, ServiceModule.LEGAL_REVIEW, ServiceModule.DISCLOSURE}) {
            assertTrue(flows.allowed(pod(o, s), BROKER, 9093, "TCP"), s.name);
            assertFalse(flows.allowed(pod(o, s), BROKER, 9092, "TCP"), s.name + ": no plaintext listener");
            assertFalse(flows.allowed(pod(o, s), CONTROLLER, 9090, "TCP"), s.name + " has no business with the controllers");
        }
        assertFalse(flows.allowed(pod(o, ServiceModule.GATEWAY), BROKER, 9093, "TCP"));
        assertFalse(flows.allowed(STRANGER, BROKER, 9093, "TCP"));
        assertTrue(flows.allowed(BROKER, CONTROLLER, 9090, "TCP"), "brokers reach the KRaft quorum");
        assertTrue(flows.allowed(STRIMZI_OPERATOR, BROKER, 9091, "TCP"), "the operator rolls and administers brokers");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    @DisplayName("Prometheus scrapes the metrics ports (the services' management port), and only those")
    void prometheus(Manifests o) {
        var flows = flows(o);
        for (ServiceModule s : ServiceModule.values()) {
            assertTrue(flows.allowed(PROMETHEUS, pod(o, s), 9000, "TCP"), s.name);
            assertFalse(flows.allowed(PROMETHEUS, pod(o, s), 8080, "TCP"), s.name + ": metrics are not on the API port");
        }
        assertTrue(flows.allowed(PROMETHEUS, database("recording-db"), 9187, "TCP"));
        assertFalse(flows.allowed(PROMETHEUS, database("recording-db"), 5432, "TCP"));
        assertTrue(flows.allowed(PROMETHEUS, BROKER, 9404, "TCP"));
        assertFalse(flows.allowed(PROMETHEUS, BROKER, 9093, "TCP"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    @DisplayName("every pod resolves names; services fetch the OIDC keys over HTTPS and nothing else leaves")
    void egressToTheOutside(Manifests o) {
        var flows = flows(o);
        for (ServiceModule s : ServiceModule.values()) {
            assertTrue(flows.allowed(pod(o, s), DNS, 53, "UDP"), s.name);
            assertTrue(flows.allowed(pod(o, s), OUTSIDE, 443, "TCP"), s.name + ": JWKS");
            assertFalse(flows.allowed(pod(o, s), OUTSIDE, 5432, "TCP"), s.name);
            assertFalse(flows.allowed(pod(o, s), OUTSIDE, 80, "TCP"), s.name);
        }
        assertTrue(flows.allowed(database("recording-db"), OUTSIDE, 443, "TCP"), "backups to the object store");
        assertFalse(flows.allowed(BROKER, OUTSIDE, 9093, "TCP"));
    }
}
