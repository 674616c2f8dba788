package gov.enforcement.deploy.k8s;

import gov.enforcement.events.Topics;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every topic the code and the configuration name exists as a KafkaTopic, replicated as promised. */
@DisplayName("Topics and the Kafka cluster")
class TopicsTest {

    static Stream<Manifests> overlays() {
        return Manifests.OVERLAYS.stream();
    }

    private static Set<String> declaredTopics(Manifests overlay) {
        Set<String> topics = new TreeSet<>();
        for (Map<String, Object> t : overlay.ofKind("KafkaTopic")) {
            Object topicName = Yaml.at(t, "spec.topicName");
            topics.add((String) (topicName != null ? topicName : Yaml.at(t, "metadata.name")));
        }
        return topics;
    }

    private static Set<String> topicsOfTheEventContract() {
        Set<String> topics = new TreeSet<>(Topics.ALL);
        Topics.ALL.forEach(t -> topics.add(Topics.deadLetter(t)));
        return topics;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    @DisplayName("exactly the topics of Topics.ALL and their dead-letter topics")
    void everyContractTopicIsDeclared(Manifests overlay) {
        assertEquals(topicsOfTheEventContract(), declaredTopics(overlay));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    @DisplayName("every topic a service's configuration names has a KafkaTopic")
    void everyConfiguredTopicIsDeclared(Manifests overlay) {
        for (ServiceModule service : ServiceModule.values()) {
            service.config("prod").forEach((key, value) -> {
                if (key.endsWith(".topic") || key.endsWith(".topics")) {
                    for (String topic : value.split(",")) {
                        assertTrue(declaredTopics(overlay).contains(topic.trim()),
                                service.name + " " + key + "=" + topic + " has no KafkaTopic in " + overlay);
                    }
                }
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    @DisplayName("every KafkaTopic belongs to the Kafka cluster the services connect to")
    void topicsBelongToTheCluster(Manifests overlay) {
        overlay.ofKind("KafkaTopic").forEach(t ->
                assertEquals("events", Yaml.map(Yaml.at(t, "metadata.labels"), "labels").get("strimzi.io/cluster")));
        overlay.ofKind("KafkaNodePool").forEach(p ->
                assertEquals("events", Yaml.map(Yaml.at(p, "metadata.labels"), "labels").get("strimzi.io/cluster")));
    }

    @Test
    @DisplayName("prod: replication 3, min.insync.replicas 2, a retention on every topic")
    void prodTopicsAreReplicated() {
        for (Map<String, Object> t : Manifests.PROD.ofKind("KafkaTopic")) {
            String id = KustomizeBuild.id(t);
            assertEquals(3, Yaml.at(t, "spec.replicas"), id);
            Map<String, Object> config = Yaml.map(Yaml.at(t, "spec.config"), id);
            assertEquals(2, config.get("min.insync.replicas"), id);
            assertTrue(config.get("retention.ms") instanceof Number, id + " says how long it keeps events");
        }
    }

    @Test
    @DisplayName("prod: partitions allow every consumer replica the HPA may start to work")
    void partitionsCoverTheAutoscaler() {
        int most = Stream.of(ServiceModule.RECORDING, ServiceModule.LEGAL_REVIEW, ServiceModule.DISCLOSURE)
                .mapToInt(s -> Manifests.PROD.get(HorizontalPodAutoscaler.class, s.name).getSpec().getMaxReplicas())
                .max().orElseThrow();
        for (String topic : Topics.ALL) {
            int partitions = (Integer) Yaml.at(Manifests.PROD.get("KafkaTopic", topic), "spec.partitions");
            assertTrue(partitions >= most, topic + ": " + partitions + " partitions for up to " + most + " consumers");
        }
    }

    @Test
    @DisplayName("prod: 3 controllers and 3 brokers in KRaft node pools, min.insync.replicas 2, no auto-created topics")
    void prodKafkaCluster() {
        Map<String, Object> config = Yaml.map(Yaml.at(Manifests.PROD.get("Kafka", "events"), "spec.kafka.config"), "config");
        assertEquals(2, config.get("min.insync.replicas"));
        assertEquals(3, config.get("default.replication.factor"));
        assertEquals(false, config.get("auto.create.topics.enable"));
        assertEquals(3, replicasWithRole(Manifests.PROD, "broker"));
        assertEquals(3, replicasWithRole(Manifests.PROD, "controller"));
    }

    @Test
    @DisplayName("dev: one node is both controller and broker, so replication 1")
    void devKafkaCluster() {
        assertEquals(1, replicasWithRole(Manifests.DEV, "broker"));
        assertEquals(1, replicasWithRole(Manifests.DEV, "controller"));
        Manifests.DEV.ofKind("KafkaTopic").forEach(t -> assertEquals(1, Yaml.at(t, "spec.replicas")));
    }

    @Test
    @DisplayName("services do not create topics in the prod profile: the KafkaTopics are the only source")
    void servicesDoNotProvisionTopics() {
        for (ServiceModule service : List.of(ServiceModule.RECORDING, ServiceModule.LEGAL_REVIEW, ServiceModule.DISCLOSURE)) {
            assertEquals("false", service.config("prod").get("platform.kafka.provision-topics"), service.name);
        }
    }

    private static int replicasWithRole(Manifests overlay, String role) {
        return overlay.ofKind("KafkaNodePool").stream()
                .filter(p -> ((List<?>) Yaml.at(p, "spec.roles")).contains(role))
                .mapToInt(p -> (Integer) Yaml.at(p, "spec.replicas")).sum();
    }
}
