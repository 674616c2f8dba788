package gov.enforcement.gateway.ops;

import gov.enforcement.testing.ManagementInterface;
import gov.enforcement.gateway.testsupport.GatewayTestProfile;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static gov.enforcement.testing.ManagementInterface.management;
import static gov.enforcement.testing.TestAgencies.AGENCY_B;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@DisplayName("Ops: health probes and Prometheus metrics")
class OpsTest {

    @Test
    @DisplayName("liveness and readiness are UP; readiness reports each service's state as data")
    void healthProbes() {
        management().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        management().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'upstream services' }.data.recording", equalTo("UP"))
                .body("checks.find { it.name == 'upstream services' }.data.'legal-review'", equalTo("UP"));
    }

    @Test
    @DisplayName("/q/metrics counts API requests per family and status, and templates the built-in HTTP metric per family")
    void metricsPerFamilyAndStatus() {
        given().auth().oauth2(TestTokens.withRole("auditor", AGENCY_B)).when().get("/api/v1/statistics/2024")
                .then().statusCode(200);
        given().when().get("/api/v1/statistics/2024").then().statusCode(401);
        management().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("gateway_requests_total{family=\"statistics\",status=\"200\"}"))
                .body(containsString("gateway_requests_total{family=\"statistics\",status=\"401\"}"))
                .body(containsString("uri=\"/api/v1/statistics/*\""))
                // buckets, so that the dashboard's p95 is computed, not left empty
                .body(containsString("http_server_requests_seconds_bucket{"));
    }

    @Test
    @DisplayName("health and metrics answer on the management port only, never on the API port")
    void managementEndpointsAreNotOnTheApiPort() {
        ManagementInterface.assertHealthAndMetricsOnlyOnTheManagementPort();
    }
}
