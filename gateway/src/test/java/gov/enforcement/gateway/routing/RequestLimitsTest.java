package gov.enforcement.gateway.routing;

import gov.enforcement.gateway.testsupport.GatewayTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static gov.enforcement.gateway.testsupport.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@DisplayName("Over-long request targets (414) and over-large headers (431) get problem documents, not empty answers")
class RequestLimitsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/public/decisions", "/openapi"})
    @DisplayName("a 5,000-character query: 414 problem naming the limit")
    void uriTooLong(String path) {
        assertProblem(given().urlEncodingEnabled(false).when().get(path + "?q=" + "a".repeat(5_000)).then(),
                414, "uri-too-long")
                .body("detail", containsString("at most 4000"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/public/decisions", "/openapi"})
    @DisplayName("a 30 kB header: 431 problem naming the limit")
    void headersTooLarge(String path) {
        assertProblem(given().header("X-Padding", "b".repeat(30_000)).when().get(path).then(),
                431, "headers-too-large")
                .body("detail", containsString("at most 16384"));
    }
}
