package gov.enforcement.deploy.k8s;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public entry (Gateway API on Envoy Gateway, a cert-manager certificate) routes the gateway's public
 * paths and nothing else: no /q/* endpoint (health, metrics, Swagger UI) is reachable from outside.
 */
@DisplayName("The public entry routes only the public API, over TLS")
class EdgeTest {

    /** The gateway's public paths: its API prefix and the merged OpenAPI document (ARCHITECTURE.md). */
    private static final Set<Match> PUBLIC = Set.of(new Match("PathPrefix", "/api/v1"), new Match("Exact", "/openapi"),
            new Match("Exact", "/openapi.json"), new Match("Exact", "/openapi.yaml"));

    record Match(String type, String value) {

        /** Gateway API path matching: Exact, or PathPrefix by whole path elements. */
        boolean matches(String path) {
            return type.equals("Exact") ? path.equals(value)
                    : path.equals(value) || path.startsWith(value.endsWith("/") ? value : value + "/");
        }
    }

    private static List<Map<String, Object>> routedRules() {
        return Manifests.PROD.ofKind("HTTPRoute").stream()
                .flatMap(route -> Yaml.list(Yaml.at(route, "spec.rules"), "rules").stream())
                .map(rule -> Yaml.map(rule, "rule")).filter(rule -> rule.containsKey("backendRefs")).toList();
    }

    private static List<Match> matches(Map<String, Object> rule) {
        // a rule without matches, or a match without a path, matches every path ("PathPrefix /")
        List<Object> matches = rule.get("matches") instanceof List<?> m ? Yaml.list(m, "matches") : List.of(Map.of());
        return matches.stream().map(m -> Yaml.map(m, "match")).map(m -> m.get("path") == null
                ? new Match("PathPrefix", "/")
                : new Match((String) Yaml.at(m, "path.type"), (String) Yaml.at(m, "path.value"))).toList();
    }

    @Test
    @DisplayName("every routed path is one of the gateway's public paths, to the gateway Service")
    void onlyPublicPaths() {
        assertFalse(routedRules().isEmpty());
        for (Map<String, Object> rule : routedRules()) {
            matches(rule).forEach(m -> assertTrue(PUBLIC.contains(m), m + " is not a public path of the gateway"));
            assertEquals(List.of(Map.of("name", "gateway", "port", 80)), rule.get("backendRefs"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health/ready", "/q/metrics", "/q/swagger-ui", "/q/openapi", "/q", "/", "/api/v10",
            "/dev/tokens", "/openapi/x"})
    @DisplayName("management and other non-public paths are routed nowhere")
    void notRouted(String path) {
        routedRules().forEach(rule -> matches(rule).forEach(m -> assertFalse(m.matches(path), path + " matches " + m)));
    }

    @Test
    @DisplayName("the public paths are the ones the gateway serves (RouteTable, MergedOpenApiRoute)")
    void publicPathsAreTheGatewaysOwn() throws IOException {
        String gateway = "gateway/src/main/java/gov/enforcement/gateway/";
        String routeTable = Files.readString(Repo.ROOT.resolve(gateway + "routing/RouteTable.java"));
        String openApi = Files.readString(Repo.ROOT.resolve(gateway + "openapi/MergedOpenApiRoute.java"));
        for (Match m : PUBLIC) {
            assertTrue(m.type().equals("PathPrefix") ? routeTable.contains("API_PREFIX = \"" + m.value() + "\"")
                    : openApi.contains("router.get(\"" + m.value() + "\")"), m + " is not served by the gateway");
        }
    }

    @Test
    @DisplayName("HTTPS with the certificate cert-manager issues for the routes' host; plain HTTP only redirects")
    void tls() {
        var gateway = Manifests.PROD.get("Gateway", "public");
        var certificate = Manifests.PROD.get("Certificate", "gateway-tls");
        Map<String, Object> https = listener(gateway, "https");
        assertEquals("HTTPS", https.get("protocol"));
        assertEquals(List.of(Map.of("kind", "Secret", "name", Yaml.at(certificate, "spec.secretName"))),
                Yaml.at(https, "tls.certificateRefs"));
        for (var route : Manifests.PROD.ofKind("HTTPRoute")) {
            List<Object> dnsNames = Yaml.list(Yaml.at(certificate, "spec.dnsNames"), "dnsNames");
            assertTrue(dnsNames.containsAll(Yaml.list(Yaml.at(route, "spec.hostnames"), "hostnames")), "the certificate's names");
            Map<String, Object> parent = Yaml.map(Yaml.list(Yaml.at(route, "spec.parentRefs"), "parentRefs").get(0), "parent");
            assertEquals("public", parent.get("name"));
            if ("http".equals(parent.get("sectionName"))) {
                for (Object rule : Yaml.list(Yaml.at(route, "spec.rules"), "rules")) {
                    assertFalse(Yaml.map(rule, "rule").containsKey("backendRefs"), "plain HTTP reaches no backend");
                    assertEquals("https", Yaml.at(Yaml.list(Yaml.at(rule, "filters"), "filters").get(0), "requestRedirect.scheme"));
                }
            } else {
                assertEquals("https", parent.get("sectionName"));
            }
        }
    }

    @Test
    @DisplayName("a client that trickles its headers or stalls a stream is cut off at the edge (Envoy ClientTrafficPolicy)")
    void slowClientsAreCutOff() {
        var policy = Manifests.PROD.get("ClientTrafficPolicy", "public-clients");
        assertEquals(List.of(Map.of("group", "gateway.networking.k8s.io", "kind", "Gateway", "name", "public")),
                Yaml.at(policy, "spec.targetRefs"));
        assertTrue(seconds((String) Yaml.at(policy, "spec.timeout.http.requestHeadersReceivedTimeout")) <= 30,
                "headers arrive within 30 s or the connection closes");
        assertTrue(seconds((String) Yaml.at(policy, "spec.timeout.http.streamIdleTimeout")) <= 300,
                "a stream on which nothing moves is closed within 5 minutes");
        List<?> removed = (List<?>) Yaml.at(policy, "spec.headers.earlyRequestHeaders.remove");
        assertTrue(removed.containsAll(List.of("X-Forwarded-For", "Forwarded")),
                "a client's own forwarding headers never reach the gateway's per-address rate limits: " + removed);
        assertTrue(removed.containsAll(List.of("traceparent", "tracestate", "baggage")),
                "an outside caller neither forces sampling nor joins our traces nor plants baggage: " + removed);
    }

    /** A Gateway API / Envoy duration such as 10s, 1m30s or 500ms, in whole seconds (rounded up). */
    static long seconds(String duration) {
        java.util.regex.Matcher part = java.util.regex.Pattern.compile("(\\d+)(h|ms|m|s)").matcher(duration);
        long millis = 0;
        while (part.find()) {
            long n = Long.parseLong(part.group(1));
            millis += switch (part.group(2)) {
                case "h" -> n * 3_600_000;
                case "m" -> n * 60_000;
                case "s" -> n * 1_000;
                default -> n;
            };
        }
        return (millis + 999) / 1000;
    }

    private static Map<String, Object> listener(Map<String, Object> gateway, String name) {
        return Yaml.list(Yaml.at(gateway, "spec.listeners"), "listeners").stream().map(l -> Yaml.map(l, "listener"))
                .filter(l -> name.equals(l.get("name"))).findFirst().orElseThrow();
    }
}
