package gov.enforcement.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Prometheus scrapes every service where it serves metrics; the dashboard and alerts show what matters. */
@DisplayName("Observability: scrape targets, dashboard, alerts")
class ObservabilityTest {

    private static final String[] DASHBOARD_METRICS = {"kafka_topic_partition_current_offset", "kafka_consumergroup_lag",
            "enforcement_disclosures_overdue", "enforcement_reviews_overdue", "outbox_relayed_total"};

    @Test
    @DisplayName("the PodMonitor scrapes every service's pods on their management port, at the path metrics are served on, as job=<service>")
    void everyServiceIsScraped() {
        Map<String, Object> monitor = Manifests.PROD.get("PodMonitor", "three-systems");
        var selector = Manifests.typed(Yaml.map(Yaml.at(monitor, "spec.selector"), "selector"),
                io.fabric8.kubernetes.api.model.LabelSelector.class);
        Map<String, Object> endpoint = Yaml.map(Yaml.list(Yaml.at(monitor, "spec.podMetricsEndpoints"), "endpoints").get(0),
                "endpoint");
        assertEquals("management", endpoint.get("port"));
        for (ServiceModule s : ServiceModule.values()) {
            Workloads w = new Workloads(Manifests.PROD, s);
            Map<String, String> podLabels = w.deployment().getSpec().getTemplate().getMetadata().getLabels();
            assertTrue(NetworkFlows.matches(selector, podLabels), s.name + " is selected");
            // the alerts read job="gateway", job="recording-service", ...
            assertEquals(s.name, podLabels.get((String) Yaml.at(monitor, "spec.jobLabel")), s.name + ": job label");
            assertEquals(QuarkusPaths.managementPort(w.runtimeConfig()), w.containerPort((String) endpoint.get("port")));
            assertTrue(s.dependencies().contains("io.quarkus:quarkus-micrometer-registry-prometheus"), s.name);
            assertEquals(QuarkusPaths.metrics(w.runtimeConfig()), endpoint.get("path"));
        }
    }

    @Test
    @DisplayName("Kafka and PostgreSQL pods are scraped on their exporters' ports")
    void dataStoresAreScraped() {
        assertEquals("tcp-prometheus", Yaml.at(Yaml.list(Yaml.at(Manifests.PROD.get("PodMonitor", "kafka"),
                "spec.podMetricsEndpoints"), "endpoints").get(0), "port"));
        assertEquals("strimziMetricsReporter", Yaml.at(Manifests.PROD.get("Kafka", "events"), "spec.kafka.metricsConfig.type"));
        Yaml.map(Yaml.at(Manifests.PROD.get("Kafka", "events"), "spec.kafkaExporter"), "Kafka Exporter: lag and offsets");
        assertEquals("metrics", Yaml.at(Yaml.list(Yaml.at(Manifests.PROD.get("PodMonitor", "postgres"),
                "spec.podMetricsEndpoints"), "endpoints").get(0), "port"));
    }

    @Test
    @DisplayName("the dashboard shows append rate, consumer lag, dead letters, overdue disclosures and reviews")
    void dashboard() throws Exception {
        Map<String, Object> cm = Manifests.PROD.get("ConfigMap", "three-systems-dashboard");
        assertEquals("1", Yaml.map(Yaml.at(cm, "metadata.labels"), "labels").get("grafana_dashboard"));
        JsonNode dashboard = new ObjectMapper().readTree((String) Yaml.map(cm.get("data"), "data").get("grafana-dashboard.json"));
        List<String> titles = new ArrayList<>();
        List<String> queries = new ArrayList<>();
        dashboard.get("panels").forEach(p -> {
            titles.add(p.get("title").asText().toLowerCase());
            p.get("targets").forEach(t -> queries.add(t.get("expr").asText()));
        });
        for (String topic : new String[]{"append rate", "consumer lag", "dead letters", "overdue disclosures", "overdue reviews"}) {
            assertTrue(titles.stream().anyMatch(t -> t.contains(topic)), "a panel on " + topic + ": " + titles);
        }
        for (String metric : DASHBOARD_METRICS) {
            assertTrue(queries.stream().anyMatch(q -> q.contains(metric)), metric);
        }
        assertTrue(queries.stream().anyMatch(q -> q.contains("[.]dlq")), "dead letters are the .dlq topics");
    }

    private static Map<String, String> alertExpressions() {
        Map<String, String> expressions = new java.util.LinkedHashMap<>();
        for (Object group : Yaml.list(Yaml.at(Manifests.PROD.get("PrometheusRule", "three-systems"), "spec.groups"), "groups")) {
            for (Object rule : Yaml.list(Yaml.map(group, "group").get("rules"), "rules")) {
                expressions.put((String) Yaml.map(rule, "rule").get("alert"), (String) Yaml.map(rule, "rule").get("expr"));
            }
        }
        return expressions;
    }

    @Test
    @DisplayName("an absent service alerts: absent(up{job=...}) for every service, since up == 0 needs a pod")
    void absentServices() {
        String absent = alertExpressions().get("ServiceAbsent");
        for (ServiceModule s : ServiceModule.values()) {
            assertTrue(absent.contains("absent(up{job=\"" + s.name + "\"})"), s.name + " in " + absent);
        }
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', value = {
            "KafkaUnderReplicatedPartitions | kafka_topic_partition_under_replicated_partition",
            "KafkaOfflinePartitions         | kafka_controller_kafkacontroller_offlinepartitionscount",
            "ConsumerLagGrowing             | kafka_consumergroup_lag",
            "ConsumerGroupStalled           | kafka_consumergroup_lag",
            "WalArchivingFailing            | cnpg_pg_stat_archiver_failed_count",
            // standbys archive nothing: only a primary's silence counts
            "WalArchivingStalled            | unless on (pod) cnpg_pg_replication_in_recovery == 1",
            "BackupFailed                   | barman_cloud_cloudnative_pg_io_last_failed_backup_timestamp",
            "BackupTooOld                   | barman_cloud_cloudnative_pg_io_last_available_backup_timestamp"})
    @DisplayName("Kafka partitions under-replicated or offline, consumer lag, WAL archiving and backups alert")
    void dataStoreAlerts(String alert, String reads) {
        assertTrue(alertExpressions().get(alert).contains(reads), alert + ": " + alertExpressions().get(alert));
    }

    @Test
    @DisplayName("the alerts' sources are on: Kafka Exporter, the Kafka metrics reporter, the backups")
    void alertSources() {
        Map<String, Object> kafka = Manifests.PROD.get("Kafka", "events");
        Yaml.map(Yaml.at(kafka, "spec.kafkaExporter"), "Kafka Exporter");
        assertEquals("strimziMetricsReporter", Yaml.at(kafka, "spec.kafka.metricsConfig.type"));
        assertEquals(3, Manifests.PROD.ofKind("ScheduledBackup").size());
    }

    @Test
    @DisplayName("an audit checkpoint older than three max-age intervals alerts (R-SIGN)")
    void checkpointAlert() throws Exception {
        String expr = alertExpressions().get("AuditCheckpointStale");
        assertTrue(expr.contains("enforcement_audit_checkpoint_latest_timestamp_seconds"), expr);
        var config = new java.util.Properties();
        try (var in = Files.newInputStream(Repo.ROOT.resolve("recording-service/src/main/resources/application.properties"))) {
            config.load(in);
        }
        long maxAge = java.time.Duration.parse(config.getProperty("recording.audit.checkpoint.max-age")).toSeconds();
        assertTrue(expr.contains("> 3 * " + maxAge), "three intervals of " + maxAge + " s: " + expr);
    }

    @Test
    @DisplayName("alerts fire on dead letters, parked outbox rows, lag, overdue reviews (L-TIME) and disclosures (D-POST-7, D-POST-20), a catalogue change (L-CATALOGUE)")
    void alerts() {
        Map<String, String> all = alertExpressions();
        List<String> alerts = List.copyOf(all.keySet());
        List<String> expressions = List.copyOf(all.values());
        assertTrue(alerts.containsAll(List.of("DeadLetterArrived", "OutboxRowParked", "ConsumerLagGrowing", "ReviewsOverdue",
                "DisclosuresOverdue", "ReviewCatalogueChanged")));
        assertTrue(expressions.stream().anyMatch(e -> e.contains("outbox_parked_total")), "a parked outbox row alerts");
        assertTrue(expressions.stream().anyMatch(e -> e.contains("enforcement_review_catalogue_changes_total")));
        for (String metric : DASHBOARD_METRICS) {
            if (!metric.equals("outbox_relayed_total")) {
                assertTrue(expressions.stream().anyMatch(e -> e.contains(metric)), metric);
            }
        }
    }
}
