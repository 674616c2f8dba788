package gov.enforcement.deploy.k8s;

import gov.enforcement.events.Topics;
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

/**
 * Each service's KafkaUser grants exactly what it does: Write on the topics it owns (ARCHITECTURE.md) and on the
 * dead-letter topics its configuration names, Read on the topics its channels consume, in the group they use.
 */
@DisplayName("Kafka identities and ACLs")
class KafkaUsersTest {

    /** ARCHITECTURE.md, "Services and ownership": the topics each service writes. */
    private static final Map<ServiceModule, Set<String>> OWNS = Map.of(
            ServiceModule.RECORDING, Set.of(Topics.CASE_EVENTS),
            ServiceModule.LEGAL_REVIEW, Set.of(Topics.REVIEW_EVENTS),
            ServiceModule.DISCLOSURE, Set.of(Topics.DISCLOSURE_EVENTS, Topics.REGISTRY_EVENTS));

    static Stream<Workloads> backends() {
        return Manifests.OVERLAYS.stream().flatMap(o -> OWNS.keySet().stream().map(s -> new Workloads(o, s)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    @DisplayName("a certificate identity with exactly its own writes, its consumed topics and its group")
    void aclsMatchWhatTheServiceDoes(Workloads w) {
        Map<String, Object> user = w.overlay().get("KafkaUser", w.service().name);
        assertEquals("events", Yaml.map(Yaml.at(user, "metadata.labels"), "labels").get("strimzi.io/cluster"));
        assertEquals("tls", Yaml.at(user, "spec.authentication.type"), "mutual TLS, as the listener requires");
        assertEquals("simple", Yaml.at(user, "spec.authorization.type"));

        Map<String, String> config = w.service().config("prod");
        Set<String> consumed = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        Set<String> written = new TreeSet<>(OWNS.get(w.service()));
        config.forEach((key, value) -> {
            if (key.endsWith(".dead-letter-queue.topic")) {
                written.add(value);
            } else if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".topic")) {
                consumed.add(value);
            } else if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".group.id")) {
                groups.add(value);
            }
        });
        assertEquals(written, granted(user, "topic", "Write"), "Write: its own topics and its dead-letter topics");
        assertEquals(consumed, granted(user, "topic", "Read"), "Read: the topics its channels consume");
        assertEquals(groups, granted(user, "group", "Read"), "its consumer group");
        assertEquals(Set.of(w.service().name), groups, "the group is named after the service, as its identity is");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    @DisplayName("no wildcard, prefix, deny rule or catch-all operation: every grant names one resource")
    void aclsAreLiteral(Workloads w) {
        for (Object acl : acls(w.overlay().get("KafkaUser", w.service().name))) {
            Map<String, Object> rule = Yaml.map(acl, "acl");
            assertEquals("literal", Yaml.at(rule, "resource.patternType"), rule.toString());
            assertTrue(!"*".equals(Yaml.at(rule, "resource.name")), rule.toString());
            assertTrue(rule.get("type") == null || "allow".equals(rule.get("type")), rule.toString());
            List<?> operations = Yaml.list(rule.get("operations"), "operations");
            assertTrue(operations.stream().allMatch(o -> o.equals("Read") || o.equals("Write")), rule.toString());
        }
    }

    @Test
    @DisplayName("the gateway has no Kafka identity; the cluster authorizes with ACLs and its only listener wants certificates")
    void clusterRefusesWhatIsNotGranted() {
        for (Manifests overlay : Manifests.OVERLAYS) {
            assertEquals(3, overlay.ofKind("KafkaUser").size(), overlay + ": one per back end");
            assertTrue(overlay.ofKind("KafkaUser").stream().noneMatch(u -> "gateway".equals(Yaml.at(u, "metadata.name"))));
            Map<String, Object> kafka = overlay.get("Kafka", "events");
            assertEquals("simple", Yaml.at(kafka, "spec.kafka.authorization.type"));
            for (Object listener : Yaml.list(Yaml.at(kafka, "spec.kafka.listeners"), "listeners")) {
                assertEquals(true, Yaml.at(Yaml.map(listener, "listener"), "tls"), listener.toString());
                assertEquals("tls", Yaml.at(Yaml.map(listener, "listener"), "authentication.type"), listener.toString());
            }
            Yaml.map(Yaml.at(kafka, "spec.entityOperator.userOperator"), "the User Operator issues the certificates");
        }
    }

    @Test
    @DisplayName("PostgreSQL: pg_hba rejects every connection without TLS before any rule could admit it")
    void postgresRequiresTls() {
        for (Manifests overlay : Manifests.OVERLAYS) {
            for (Map<String, Object> cluster : overlay.ofKind("Cluster")) {
                List<?> hba = Yaml.list(Yaml.at(cluster, "spec.postgresql.pg_hba"), KustomizeBuild.id(cluster));
                assertEquals("hostnossl all all all reject", hba.get(0), KustomizeBuild.id(cluster));
                assertTrue(hba.stream().skip(1).allMatch(r -> ((String) r).startsWith("hostssl ")), hba.toString());
            }
        }
    }

    private static Set<String> granted(Map<String, Object> user, String type, String operation) {
        Set<String> names = new TreeSet<>();
        for (Object acl : acls(user)) {
            Map<String, Object> rule = Yaml.map(acl, "acl");
            if (type.equals(Yaml.at(rule, "resource.type")) && Yaml.list(rule.get("operations"), "operations").contains(operation)) {
                names.add((String) Yaml.at(rule, "resource.name"));
            }
        }
        return names;
    }

    private static List<?> acls(Map<String, Object> user) {
        return Yaml.list(Yaml.at(user, "spec.authorization.acls"), "acls");
    }
}
