package gov.enforcement.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Service;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
    @DisplayName("the ServiceMonitor selects every service's Service, on a port it has, at the path it serves metrics on")
    void everyServiceIsScraped() {
        Map<String, Object> monitor = Manifests.PROD.get("ServiceMonitor", "three-systems");
        var selector = Manifests.typed(Yaml.map(Yaml.at(monitor, "spec.selector"), "selector"),
                io.fabric8.kubernetes.api.model.LabelSelector.class);
        Map<String, Object> endpoint = Yaml.map(Yaml.list(Yaml.at(monitor, "spec.endpoints"), "endpoints").get(0), "endpoint");
        for (ServiceModule s : ServiceModule.values()) {
            Service service = Manifests.PROD.get(Service.class, s.name);
            assertTrue(NetworkFlows.matches(selector, service.getMetadata().getLabels()), s.name + " is selected");
            assertTrue(service.getSpec().getPorts().stream().anyMatch(p -> p.getName().equals(endpoint.get("port"))));
            assertTrue(s.dependencies().contains("io.quarkus:quarkus-micrometer-registry-prometheus"), s.name);
            assertEquals(QuarkusPaths.metrics(new Workloads(Manifests.PROD, s).runtimeConfig()), endpoint.get("path"));
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

    @Test
    @DisplayName("alerts fire on dead letters, parked outbox rows, lag, overdue reviews (L-TIME) and disclosures (D-POST-7, D-POST-20), a catalogue change (L-CATALOGUE)")
    void alerts() {
        List<String> alerts = new ArrayList<>();
        List<String> expressions = new ArrayList<>();
        for (Object group : Yaml.list(Yaml.at(Manifests.PROD.get("PrometheusRule", "three-systems"), "spec.groups"), "groups")) {
            for (Object rule : Yaml.list(Yaml.map(group, "group").get("rules"), "rules")) {
                alerts.add((String) Yaml.map(rule, "rule").get("alert"));
                expressions.add((String) Yaml.map(rule, "rule").get("expr"));
            }
        }
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
