package gov.enforcement.deploy.k8s;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No single node holds two KRaft controllers, two brokers or two instances of a PostgreSQL cluster, and every
 * replicated thing (those and the services) is spread over zones: one node or zone lost loses no quorum.
 */
@DisplayName("Placement: anti-affinity and zone spread")
class PlacementTest {

    private static final String ZONE = "topology.kubernetes.io/zone";
    private static final String NODE = "kubernetes.io/hostname";

    @Test
    @DisplayName("Kafka: controllers and brokers are never two on a node, and spread over zones")
    void kafkaNodePools() {
        for (String pool : List.of("controller", "broker")) {
            Map<String, Object> template = Yaml.map(Yaml.at(Manifests.PROD.get("KafkaNodePool", pool), "spec.template.pod"), pool);
            Map<String, String> ownPods = Map.of("strimzi.io/cluster", "events", "strimzi.io/pool-name", pool);
            Map<String, Object> term = Yaml.map(Yaml.list(Yaml.at(template,
                    "affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution"), pool).get(0), pool);
            assertEquals(NODE, term.get("topologyKey"), pool);
            assertEquals(ownPods, Yaml.at(term, "labelSelector.matchLabels"), pool);
            assertSpreadOverZones(template.get("topologySpreadConstraints"), ownPods, pool);
        }
    }

    @Test
    @DisplayName("PostgreSQL: a cluster's instances are never two on a node, and spread over zones")
    void postgresClusters() {
        for (Map<String, Object> cluster : Manifests.PROD.ofKind("Cluster")) {
            String name = (String) Yaml.at(cluster, "metadata.name");
            assertEquals(true, Yaml.at(cluster, "spec.affinity.enablePodAntiAffinity"), name);
            assertEquals("required", Yaml.at(cluster, "spec.affinity.podAntiAffinityType"), name);
            assertEquals(NODE, Yaml.at(cluster, "spec.affinity.topologyKey"), name);
            assertSpreadOverZones(Yaml.at(cluster, "spec.topologySpreadConstraints"), Map.of("cnpg.io/cluster", name), name);
        }
    }

    @Test
    @DisplayName("services: replicas spread over nodes and over zones")
    void services() {
        for (ServiceModule s : ServiceModule.values()) {
            Object constraints = Yaml.at(Manifests.PROD.get("Deployment", s.name), "spec.template.spec.topologySpreadConstraints");
            Map<String, String> ownPods = Map.of("app.kubernetes.io/name", s.name);
            assertSpreadOverZones(constraints, ownPods, s.name);
            assertTrue(Yaml.list(constraints, s.name).stream().anyMatch(c -> NODE.equals(Yaml.at(c, "topologyKey"))), s.name);
        }
    }

    /** Soft (ScheduleAnyway): a cluster whose nodes have no zone label, or fewer zones than replicas, still schedules. */
    private static void assertSpreadOverZones(Object constraints, Map<String, String> ownPods, String what) {
        Map<String, Object> zone = Yaml.list(constraints, what).stream().map(c -> Yaml.map(c, what))
                .filter(c -> ZONE.equals(c.get("topologyKey"))).findFirst()
                .orElseThrow(() -> new AssertionError(what + " has no zone spread"));
        assertEquals(1, zone.get("maxSkew"), what);
        assertEquals("ScheduleAnyway", zone.get("whenUnsatisfiable"), what);
        assertEquals(ownPods, Yaml.at(zone, "labelSelector.matchLabels"), what);
    }
}
