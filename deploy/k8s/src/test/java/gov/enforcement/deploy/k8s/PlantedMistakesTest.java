package gov.enforcement.deploy.k8s;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static gov.enforcement.deploy.k8s.PlantedMistake.REMOVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The schema checks are only worth something if they fail: mistakes planted into real resources of the prod
 * build, at least one for every kind the manifests use, each of which the API server (or the operator, for a
 * pruned field) would refuse or silently drop. Quantities and enums of the core kinds included.
 */
@DisplayName("The schema checks find every planted mistake")
class PlantedMistakesTest {

    private static final String CONTAINER = "spec/template/spec/containers/0/";

    static final List<PlantedMistake> MISTAKES = List.of(
            new PlantedMistake("Deployment", "recording-service", CONTAINER + "resources/limits/memory", "1 gigabyte",
                    "a quantity is 1Gi or 1G"),
            new PlantedMistake("Deployment", "recording-service", CONTAINER + "resources/requests/cpu", "250 millicores",
                    "a quantity is 250m"),
            new PlantedMistake("Deployment", "recording-service", CONTAINER + "imagePullPolicy", "IfNotThere",
                    "enum Always, IfNotPresent, Never"),
            new PlantedMistake("Deployment", "recording-service", CONTAINER + "ports/0/protocol", "tcp",
                    "enum TCP, UDP, SCTP: case matters"),
            new PlantedMistake("Deployment", "recording-service", CONTAINER + "readinesProbe", Map.of("periodSeconds", 5),
                    "a misspelt field"),
            new PlantedMistake("Deployment", "recording-service", "spec/replicas", "2", "an integer, not a string"),
            new PlantedMistake("Deployment", "recording-service", "spec/strategy/rollingUpdate/maxUnavailable", 0.5,
                    "int-or-string holds no fraction"),
            new PlantedMistake("Deployment", "recording-service", "spec/template/spec/topologySpreadConstraints/0/whenUnsatisfiable",
                    "ScheduleAnyhow", "enum DoNotSchedule, ScheduleAnyway"),
            new PlantedMistake("Deployment", "recording-service", "spec/template/spec/securityContext/seccompProfile/type",
                    "Default", "enum RuntimeDefault, Localhost, Unconfined"),
            new PlantedMistake("Deployment", "recording-service", "spec/selector", REMOVED, "a Deployment needs a selector"),
            new PlantedMistake("Service", "recording-service", "spec/type", "Internal",
                    "enum ClusterIP, NodePort, LoadBalancer, ExternalName"),
            new PlantedMistake("Service", "recording-service", "spec/ports/0/protocol", "HTTP", "enum TCP, UDP, SCTP"),
            new PlantedMistake("Service", "recording-service", "spec/ports/0/port", "80", "an integer, not a string"),
            new PlantedMistake("ServiceAccount", "recording-service", "automountServiceAccountToken", "false",
                    "a boolean, not a string"),
            new PlantedMistake("ConfigMap", "recording-service-config", "data/QUARKUS_HTTP_PORT", 8080,
                    "ConfigMap data are strings"),
            new PlantedMistake("Namespace", "three-systems", "metadata/labels/audited", true,
                    "label values are strings"),
            new PlantedMistake("PodDisruptionBudget", "recording-service", "spec/unhealthyPodEvictionPolicy", "Always",
                    "enum IfHealthyBudget, AlwaysAllow"),
            new PlantedMistake("PodDisruptionBudget", "recording-service", "spec/minAvailable", List.of(1),
                    "int-or-string, not a list"),
            new PlantedMistake("HorizontalPodAutoscaler", "recording-service", "spec/metrics/0/type", "Cpu",
                    "enum Resource, Pods, Object, External, ContainerResource"),
            new PlantedMistake("HorizontalPodAutoscaler", "recording-service", "spec/scaleTargetRef", REMOVED,
                    "an HPA must name what it scales"),
            new PlantedMistake("NetworkPolicy", "gateway", "spec/policyTypes/0", "Inbound", "enum Ingress, Egress"),
            new PlantedMistake("NetworkPolicy", "gateway", "spec/ingress/0/ports/0/protocol", "tcp", "enum TCP, UDP, SCTP"),
            new PlantedMistake("Gateway", "public", "spec/listeners/0/port", 70000, "a port is at most 65535"),
            new PlantedMistake("Gateway", "public", "spec/listeners/0/tls/mode", "Terminated", "enum Terminate, Passthrough"),
            new PlantedMistake("HTTPRoute", "gateway", "spec/rules/0/matches/0/path/type", "Prefix",
                    "enum Exact, PathPrefix, RegularExpression"),
            new PlantedMistake("HTTPRoute", "gateway", "spec/rules/0/timeouts/request", "60 seconds",
                    "a Gateway API duration is 60s"),
            new PlantedMistake("ClientTrafficPolicy", "public-clients", "spec/timeout/http/requestHeadersReceivedTimeout",
                    "10 seconds", "a duration is 10s, not words"),
            new PlantedMistake("Certificate", "gateway-tls", "spec/privateKey/algorithm", "EC", "enum RSA, ECDSA, Ed25519"),
            new PlantedMistake("Certificate", "gateway-tls", "spec/issuerRef", REMOVED, "a certificate names its issuer"),
            new PlantedMistake("Kafka", "events", "spec/kafka/listeners/0/type", "private",
                    "enum internal, route, loadbalancer, nodeport, ingress, cluster-ip"),
            new PlantedMistake("Kafka", "events", "spec/kafka/replicas", 3, "Strimzi 1.x: replicas live in node pools"),
            new PlantedMistake("Kafka", "events", "metadata/labels/tier", 3,
                    "custom resources' metadata is ObjectMeta too"),
            new PlantedMistake("KafkaNodePool", "broker", "spec/resources/limits/memory", "4 gigabytes",
                    "the CRD's quantity pattern"),
            new PlantedMistake("KafkaNodePool", "controller", "spec/roles/0", "voter", "enum controller, broker"),
            new PlantedMistake("KafkaTopic", "enforcement.case-events", "spec/partitions", "twelve", "an integer"),
            new PlantedMistake("KafkaUser", "recording-service", "spec/authentication/type", "mtls",
                    "enum tls, tls-external, scram-sha-512"),
            new PlantedMistake("KafkaUser", "recording-service", "spec/authorization/acls/0/operations/0", "Produce",
                    "enum Read, Write, Create, Delete, Alter, Describe, ..."),
            new PlantedMistake("KafkaUser", "recording-service", "spec/authorization/acls/0/resource/type", "topics",
                    "enum topic, group, cluster, transactionalId"),
            new PlantedMistake("KafkaTopic", "enforcement.case-events", "spec/replicas", 0, "at least 1"),
            new PlantedMistake("Cluster", "recording-db", "spec/postgresql/synchronous/method", "sometimes",
                    "enum any, first"),
            new PlantedMistake("Cluster", "recording-db", "spec/resources/requests/memory", "2 GiB",
                    "a quantity is 2Gi"),
            new PlantedMistake("Cluster", "recording-db", "spec/instances", 0, "at least 1"),
            new PlantedMistake("Cluster", "recording-db", "spec/postgresql/pg_hba", "hostssl all all all scram-sha-256",
                    "a list of rules, not one string"),
            new PlantedMistake("ScheduledBackup", "recording-db-nightly", "spec/method", "snapshot",
                    "enum barmanObjectStore, volumeSnapshot, plugin"),
            new PlantedMistake("ScheduledBackup", "recording-db-nightly", "spec/cluster", REMOVED,
                    "a backup names its cluster"),
            new PlantedMistake("ObjectStore", "backups", "spec/configuration/wal/compression", "zip",
                    "enum bzip2, gzip, lz4, snappy, xz, zstd"),
            new PlantedMistake("PodMonitor", "three-systems", "spec/podMetricsEndpoints/0/interval", "30 seconds",
                    "a Prometheus duration is 30s"),
            new PlantedMistake("PodMonitor", "kafka", "spec/podMetricsEndpoints/0/scheme", "tcp", "enum http, https"),
            new PlantedMistake("PrometheusRule", "three-systems", "spec/groups/0/rules/0/for", "15 minutes",
                    "a Prometheus duration is 15m"),
            new PlantedMistake("PrometheusRule", "three-systems", "spec/groups/0/name", REMOVED, "a rule group has a name"));

    @TestFactory
    Stream<DynamicTest> everyPlantedMistakeIsFound() {
        return MISTAKES.stream().map(mistake -> DynamicTest.dynamicTest(mistake.toString(), () -> {
            List<String> errors = ManifestValidator.validate(mistake.plantInto(Manifests.PROD.get(mistake.kind(), mistake.name())));
            assertTrue(errors.stream().anyMatch(e -> e.startsWith(mistake.parentPointer()) && e.contains(mistake.field())),
                    "expected an error at " + mistake.parentPointer() + " naming " + mistake.field() + ", found " + errors);
        }));
    }

    @Test
    @DisplayName("every kind the manifests use has a planted mistake")
    void everyKindIsCovered() {
        Set<String> used = Stream.of(Manifests.BASE, Manifests.DEV, Manifests.PROD)
                .flatMap(build -> build.resources.stream()).map(r -> (String) r.get("kind"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> planted = MISTAKES.stream().map(PlantedMistake::kind).collect(Collectors.toCollection(TreeSet::new));
        used.removeAll(planted);
        assertEquals(Set.of(), used, "kinds without a planted mistake");
    }

    @Test
    @DisplayName("a resource of a kind nobody vendored a schema for is an error, not a pass")
    void unknownKind() {
        assertEquals(List.of("/: no schema for example.com/v1 Widget (neither Kubernetes nor a vendored CRD)"),
                ManifestValidator.validate(Map.of("apiVersion", "example.com/v1", "kind", "Widget")));
    }
}
