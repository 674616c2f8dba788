package gov.enforcement.gateway.devtokens;

import gov.enforcement.gateway.testsupport.GatewayTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static gov.enforcement.gateway.testsupport.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@DisplayName("Dev tokens in the test profile: absent")
class DevTokensDisabledTest {

    @Test
    @DisplayName("POST /dev/tokens with a valid body is a 404 problem in the test profile")
    void postIsNotFound() {
        assertProblem(given().contentType("application/json")
                .body("{\"sub\":\"x\",\"groups\":[\"admin\"],\"agency\":\"11130100MB12345671\"}")
                .when().post("/dev/tokens").then(), 404, "not-found");
    }

    @Test
    @DisplayName("every other method on /dev/tokens is the same 404 problem, so nothing betrays the endpoint")
    void otherMethodsAreNotFound() {
        assertProblem(given().when().get("/dev/tokens").then(), 404, "not-found");
        assertProblem(given().when().delete("/dev/tokens").then(), 404, "not-found");
    }

    @Test
    @DisplayName("the merged OpenAPI document does not mention /dev/tokens")
    void notDocumented() {
        given().when().get("/openapi").then().statusCode(200).body("paths", not(hasKey("/dev/tokens")));
    }
}
