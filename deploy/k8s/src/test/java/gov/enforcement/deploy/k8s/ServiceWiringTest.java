package gov.enforcement.deploy.k8s;

import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Probes, ports, Service names and configuration variables agree with what each service really is. */
@DisplayName("Services, ports, probes and configuration agree")
class ServiceWiringTest {

    private static final Set<String> KAFKA_CLIENT_SETTINGS = new HashSet<>();

    static {
        KAFKA_CLIENT_SETTINGS.addAll(org.apache.kafka.clients.producer.ProducerConfig.configNames());
        KAFKA_CLIENT_SETTINGS.addAll(org.apache.kafka.clients.consumer.ConsumerConfig.configNames());
    }

    static Stream<Workloads> workloads() {
        return Manifests.OVERLAYS.stream().flatMap(o -> Stream.of(ServiceModule.values()).map(s -> new Workloads(o, s)));
    }

    static Stream<Workloads> gateways() {
        return workloads().filter(w -> w.service() == ServiceModule.GATEWAY);
    }

    static Stream<Workloads> backends() {
        return workloads().filter(w -> w.service().databaseCluster().isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workloads")
    @DisplayName("every probe asks a health path the service serves (SmallRye Health at its configured paths)")
    void probesUseTheServicesHealthPaths(Workloads w) {
        assertTrue(w.service().dependencies().contains("io.quarkus:quarkus-smallrye-health"), "no health extension");
        Map<String, String> config = w.runtimeConfig();
        var c = w.container();
        assertEquals(QuarkusPaths.health(config, "live"), http(c.getLivenessProbe()).getPath());
        assertEquals(QuarkusPaths.health(config, "ready"), http(c.getReadinessProbe()).getPath());
        assertEquals(QuarkusPaths.health(config, "started"), http(c.getStartupProbe()).getPath());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workloads")
    @DisplayName("the Service uses the API port (quarkus.http.port), the probes the management port (quarkus.management.port)")
    void portsAgree(Workloads w) {
        Map<String, String> config = w.runtimeConfig();
        int listens = Integer.parseInt(config.get("quarkus.http.port"));
        assertEquals(listens, w.containerPort("http"));
        assertTrue(QuarkusPaths.managementEnabled(config), "health and metrics on the management interface");
        int management = QuarkusPaths.managementPort(config);
        assertEquals(management, w.containerPort("management"));
        assertTrue(management != listens, "the management port is not the API port");
        var c = w.container();
        for (Probe probe : new Probe[]{c.getLivenessProbe(), c.getReadinessProbe(), c.getStartupProbe()}) {
            assertEquals(management, w.containerPort(http(probe).getPort().getStrVal()));
        }
        ServicePort port = service(w).getSpec().getPorts().get(0);
        assertEquals(listens, w.containerPort(port.getTargetPort().getStrVal()));
        assertEquals(80, port.getPort());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workloads")
    @DisplayName("the Service, budget and autoscaler select this service's pods and no other's")
    void selectorsAgree(Workloads w) {
        Map<String, String> podLabels = w.deployment().getSpec().getTemplate().getMetadata().getLabels();
        Map<String, String> selector = service(w).getSpec().getSelector();
        assertTrue(podLabels.entrySet().containsAll(selector.entrySet()), "the Service selects the pods");
        for (Deployment other : w.overlay().all(Deployment.class)) {
            if (!other.getMetadata().getName().equals(w.service().name)) {
                assertTrue(!other.getSpec().getTemplate().getMetadata().getLabels().entrySet().containsAll(selector.entrySet()),
                        "the Service also selects " + other.getMetadata().getName());
            }
        }
        var pdb = w.overlay().get(PodDisruptionBudget.class, w.service().name);
        assertTrue(NetworkFlows.matches(pdb.getSpec().getSelector(), podLabels));
        var hpa = w.overlay().get(HorizontalPodAutoscaler.class, w.service().name);
        assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
        assertEquals(w.service().name, hpa.getSpec().getScaleTargetRef().getName());
        assertEquals(w.service().name, w.deployment().getSpec().getTemplate().getSpec().getServiceAccountName());
        w.overlay().get("ServiceAccount", w.service().name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workloads")
    @DisplayName("tracing is on in the cluster (off on one machine), exported over OTLP/gRPC to the collector")
    void tracingIsOn(Workloads w) {
        assertEquals("false", w.env().get("QUARKUS_OTEL_SDK_DISABLED"), w.toString());
        assertTrue(w.env().getOrDefault("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "").endsWith(":4317"), w.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workloads")
    @DisplayName("every variable sets a property the service reads (a misspelt one would be silently ignored)")
    void variablesAreProperties(Workloads w) throws IOException {
        Set<String> known = new HashSet<>();
        for (String profile : new String[]{"prod", "dev"}) {
            w.service().config(profile).keySet().forEach(k -> known.add(QuarkusEnv.variable(k)));
        }
        keysTheStackSets().forEach(k -> known.add(QuarkusEnv.variable(k)));
        // read through a @ConfigMapping (defaults in the interface), or a Quarkus property read at run time
        w.service().mappedProperties().forEach(k -> known.add(QuarkusEnv.variable(k)));
        // Quarkus hands kafka.* to the Kafka clients as they are: a KAFKA_* variable must name one of their settings
        KAFKA_CLIENT_SETTINGS.forEach(k -> known.add(QuarkusEnv.variable("kafka." + k)));
        QuarkusConfigModel.PHASES.forEach((variable, phase) -> {
            if ("RUN_TIME".equals(phase)) {
                known.add(variable);
            }
        });
        for (String name : w.env().keySet()) {
            assertTrue(known.contains(name), w + ": " + name + " matches no property");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workloads")
    @DisplayName("no variable sets a Quarkus property fixed at build time (the packaged service would ignore it)")
    void variablesAreRuntimeProperties(Workloads w) {
        for (String name : w.env().keySet()) {
            String phase = QuarkusConfigModel.PHASES.get(name);
            assertTrue(phase == null || phase.equals("RUN_TIME"), w + ": " + name + " is read at " + phase);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gateways")
    @DisplayName("the gateway routes to Services that exist, on their port")
    void gatewayRoutesReachTheServices(Workloads w) {
        Map<String, String> config = w.runtimeConfig();
        for (String route : new String[]{"recording", "legal-review", "disclosure"}) {
            URI url = URI.create(config.get("gateway.services." + route));
            Service target = w.overlay().get(Service.class, url.getHost());
            int port = url.getPort() < 0 ? 80 : url.getPort();
            assertTrue(target.getSpec().getPorts().stream().anyMatch(p -> p.getPort() == port), url.toString());
            assertEquals(route + "-service", url.getHost(), "gateway.services." + route);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gateways")
    @DisplayName("the gateway's readiness report reads each service's health from its Service's management port")
    void gatewayReadsHealthFromTheManagementPorts(Workloads w) {
        Map<String, String> config = w.runtimeConfig();
        for (String route : new String[]{"recording", "legal-review", "disclosure"}) {
            URI url = URI.create(config.get("gateway.management." + route));
            Workloads target = new Workloads(w.overlay(), ServiceModule.named(route + "-service"));
            ServicePort port = target.overlay().get(Service.class, url.getHost()).getSpec().getPorts().stream()
                    .filter(p -> p.getPort() == url.getPort()).findFirst()
                    .orElseThrow(() -> new AssertionError(url + ": the Service has no such port"));
            assertEquals(QuarkusPaths.managementPort(target.runtimeConfig()),
                    target.containerPort(port.getTargetPort().getStrVal()), "gateway.management." + route);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    @DisplayName("a service reaches its own database over TLS verified against the cluster's CA: read-write Service, database, app Secret")
    void databaseWiring(Workloads w) {
        String cluster = w.service().databaseCluster().orElseThrow();
        String database = (String) Yaml.at(w.overlay().get("Cluster", cluster), "spec.bootstrap.initdb.database");
        Map<String, String> config = w.runtimeConfig();
        String endpoint = "postgresql://" + cluster + "-rw:5432/" + database;
        String ca = w.mountedSecretFile(cluster + "-ca", "ca.crt");
        assertEquals("jdbc:" + endpoint + "?sslmode=verify-full&sslrootcert=" + ca, config.get("quarkus.datasource.jdbc.url"));
        assertEquals(endpoint, config.get("quarkus.datasource.reactive.url"));
        assertEquals("verify-full", config.get("quarkus.datasource.reactive.postgresql.ssl-mode"));
        assertEquals("HTTPS", config.get("quarkus.datasource.reactive.hostname-verification-algorithm"));
        assertEquals("true", config.get("quarkus.datasource.reactive.trust-certificate-pem"));
        assertEquals(ca, config.get("quarkus.datasource.reactive.trust-certificate-pem.certs"));
        assertEquals("secret:" + cluster + "-app/username", config.get("quarkus.datasource.username"));
        assertEquals("secret:" + cluster + "-app/password", config.get("quarkus.datasource.password"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    @DisplayName("a service reaches Kafka's TLS listener as its own KafkaUser, trusting the cluster CA")
    void kafkaWiring(Workloads w) {
        Map<String, Object> kafka = w.overlay().get("Kafka", "events");
        Map<String, String> config = w.runtimeConfig();
        Matcher m = Pattern.compile("events-kafka-bootstrap:(\\d+)").matcher(config.get("kafka.bootstrap.servers"));
        assertTrue(m.matches(), "kafka.bootstrap.servers names the bootstrap Service of Kafka `events`");
        Map<String, Object> listener = Yaml.list(Yaml.at(kafka, "spec.kafka.listeners"), "listeners").stream()
                .map(l -> Yaml.map(l, "listener")).filter(l -> l.get("port").equals(Integer.parseInt(m.group(1))))
                .findFirst().orElseThrow(() -> new AssertionError("no listener on " + m.group(1)));
        assertEquals(true, listener.get("tls"));
        assertEquals("tls", Yaml.at(listener, "authentication.type"), "clients authenticate with certificates");
        assertEquals("SSL", config.get("kafka.security.protocol"));
        w.overlay().get("KafkaUser", w.service().name);
        assertEquals(w.mountedSecretFile(w.service().name, "user.p12"), config.get("kafka.ssl.keystore.location"));
        assertEquals("secret:" + w.service().name + "/user.password", config.get("kafka.ssl.keystore.password"));
        assertEquals(w.mountedSecretFile("events-cluster-ca-cert", "ca.p12"), config.get("kafka.ssl.truststore.location"));
        assertEquals("secret:events-cluster-ca-cert/ca.password", config.get("kafka.ssl.truststore.password"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workloads")
    @DisplayName("tokens: prod trusts the OIDC provider's JWKS over HTTPS, dev the local key pair")
    void tokenVerification(Workloads w) {
        Map<String, String> config = w.runtimeConfig();
        String issuer = config.get("mp.jwt.verify.issuer");
        String keys = config.get("mp.jwt.verify.publickey.location");
        assertNotNull(keys, "mp.jwt.verify.publickey.location");
        if (w.overlay() == Manifests.PROD) {
            assertEquals("prod", w.profile(), "no other profile in production (dev tokens!)");
            assertTrue(issuer.startsWith("https://") && !issuer.contains(".invalid"), issuer);
            assertEquals(issuer + "/protocol/openid-connect/certs", keys, "the realm's JWKS");
        } else {
            assertTrue(keys.startsWith("/etc/three-systems/dev-jwt/"), keys);
        }
    }

    private static HTTPGetAction http(Probe probe) {
        assertNotNull(probe, "probe");
        assertNotNull(probe.getHttpGet(), "an HTTP probe");
        return probe.getHttpGet();
    }

    private static Service service(Workloads w) {
        return w.overlay().get(Service.class, w.service().name);
    }

    /** The properties the one-machine stack sets per environment (devstack's ServiceCatalog). */
    private static Set<String> keysTheStackSets() throws IOException {
        String source = Files.readString(Repo.ROOT.resolve(
                "deploy/devstack/src/main/java/gov/enforcement/devstack/ServiceCatalog.java"));
        Set<String> keys = new HashSet<>();
        Matcher m = Pattern.compile("props\\.put\\(\"([a-z.-]+)\"").matcher(source);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }
}
