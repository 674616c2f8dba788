package gov.enforcement.deploy.k8s;

import gov.enforcement.deploy.k8s.NetworkFlows.Pod;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway's per-address rate limits see the client's address, not the Envoy proxy's: Quarkus takes it from
 * X-Forwarded-For, but only from connections of trusted ranges, and only the proxies can connect.
 */
@DisplayName("The gateway takes the client's address from the edge proxies")
class GatewayProxyTest {

    private static final Pattern CIDR = Pattern.compile("[0-9.]+/\\d{1,2}|[0-9a-fA-F:]+/\\d{1,3}");

    static Stream<Workloads> gateways() {
        return ServiceWiringTest.gateways();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gateways")
    @DisplayName("proxy address forwarding from X-Forwarded-For, trusted only from address ranges, set at run time")
    void forwardedAddressesFromTrustedProxiesOnly(Workloads w) {
        Map<String, String> config = w.runtimeConfig();
        assertEquals("true", config.get("quarkus.http.proxy.proxy-address-forwarding"));
        assertTrue("true".equals(config.get("quarkus.http.proxy.allow-x-forwarded"))
                || "true".equals(config.get("quarkus.http.proxy.allow-forwarded")), "a forwarding header is read");
        String trusted = config.get("quarkus.http.proxy.trusted-proxies");
        assertNotNull(trusted, "without trusted-proxies Quarkus believes any caller's X-Forwarded-For");
        for (String range : trusted.split(",")) {
            assertTrue(CIDR.matcher(range.trim()).matches(), "an address range: " + range);
            assertFalse(range.trim().endsWith("/0"), "not everyone: " + range);
        }
        for (String variable : new String[]{"QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES"}) {
            assertEquals("RUN_TIME", QuarkusConfigModel.PHASES.get(variable), variable + " is read by the packaged service");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gateways")
    @DisplayName("no pod but the edge proxies (and Prometheus) can connect, so no other can claim an address")
    void onlyTheProxiesConnect(Workloads w) {
        var flows = new NetworkFlows(w.overlay().all(NetworkPolicy.class));
        Pod gateway = NetworkPolicyTest.pod(w.overlay(), ServiceModule.GATEWAY);
        int port = w.containerPort("http");
        assertFalse(flows.allowed(new Pod("three-systems", Map.of("app", "debug-shell"), Map.of()), gateway, port, "TCP"));
        assertFalse(flows.allowed(new Pod("default", Map.of("app", "something"), Map.of()), gateway, port, "TCP"));
        for (ServiceModule s : new ServiceModule[]{ServiceModule.RECORDING, ServiceModule.LEGAL_REVIEW, ServiceModule.DISCLOSURE}) {
            assertFalse(flows.allowed(NetworkPolicyTest.pod(w.overlay(), s), gateway, port, "TCP"), s.name);
        }
    }
}
