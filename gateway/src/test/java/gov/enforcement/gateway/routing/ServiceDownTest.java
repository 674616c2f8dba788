package gov.enforcement.gateway.routing;

import gov.enforcement.gateway.testsupport.Echo;
import gov.enforcement.gateway.testsupport.LegalReviewDownProfile;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static gov.enforcement.testing.ManagementInterface.management;
import static gov.enforcement.gateway.testsupport.Problems.assertProblem;
import static gov.enforcement.testing.TestAgencies.AGENCY_A;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@TestProfile(LegalReviewDownProfile.class)
@DisplayName("A service that is down: its routes fail fast with 502, everything else keeps working")
class ServiceDownTest {

    private static String admin() {
        return TestTokens.withRole("admin", AGENCY_A);
    }

    @Test
    @DisplayName("a request for a service nobody answers for is a 502 problem")
    void downServiceIsBadGateway() {
        assertProblem(given().auth().oauth2(admin()).when().get("/api/v1/reviews?status=open").then(), 502,
                "upstream-unavailable");
    }

    @Test
    @DisplayName("the other services are still reached")
    void otherServicesStillWork() {
        given().auth().oauth2(admin()).when().get("/api/v1/cases/1").then().statusCode(200)
                .body("service", equalTo(Echo.RECORDING));
    }

    @Test
    @DisplayName("the merged OpenAPI document still answers, noting the missing service in x-unavailable")
    void openApiSkipsTheDownService() {
        given().when().get("/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/cases"))
                .body("paths", not(hasKey("/api/v1/reviews")))
                .body("x-unavailable[0].service", equalTo("legal-review"))
                .body("info.description", startsWith("The public API"));
    }

    @Test
    @DisplayName("readiness stays UP (the gateway serves the rest) and reports legal-review as DOWN")
    void readinessReportsButDoesNotFail() {
        management().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'upstream services' }.data.'legal-review'", startsWith("DOWN"));
    }
}
