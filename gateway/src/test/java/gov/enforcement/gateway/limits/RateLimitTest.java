package gov.enforcement.gateway.limits;

import gov.enforcement.gateway.testsupport.RateLimitedProfile;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static gov.enforcement.gateway.testsupport.Problems.assertProblem;
import static gov.enforcement.testing.TestAgencies.AGENCY_A;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

/** Each test uses a route class or client of its own, so the tests do not drain each other's buckets. */
@QuarkusTest
@TestProfile(RateLimitedProfile.class)
@DisplayName("Rate limits: past a route class's bucket the caller gets 429 with Retry-After, others are untouched")
class RateLimitTest {

    @Test
    @DisplayName("public search: the burst passes, the next search is 429 problem+json with Retry-After, a record still opens")
    void publicSearchIsLimitedPerAddress() {
        for (int i = 0; i < 3; i++) {
            given().queryParam("q", "工资").when().get("/api/v1/public/decisions").then().statusCode(200);
        }
        assertProblem(given().queryParam("q", "工资").when().get("/api/v1/public/decisions").then(), 429, "too-many-requests")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("detail", containsString("public-search"));
        // another class has a bucket of its own
        given().when().get("/api/v1/public/decisions/4b3c1d40-0000-4000-8000-000000000001").then().statusCode(200);
    }

    @Test
    @DisplayName("writes: one client's bucket runs dry, another client from the same address still writes")
    void writesAreLimitedPerClient() {
        String first = TestTokens.mint("officer-limited-1", Set.of("officer"), AGENCY_A, "HB-0001");
        String second = TestTokens.mint("officer-limited-2", Set.of("officer"), AGENCY_A, "HB-0002");
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(first).contentType("application/json").body("{}").when().post("/api/v1/cases")
                    .then().statusCode(200);
        }
        assertProblem(given().auth().oauth2(first).contentType("application/json").body("{}").when().post("/api/v1/cases")
                .then(), 429, "too-many-requests").header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("detail", containsString("this client"));
        given().auth().oauth2(second).contentType("application/json").body("{}").when().post("/api/v1/cases")
                .then().statusCode(200);
    }

    @Test
    @DisplayName("a flood of bad tokens is limited by address before any signature is checked")
    void badTokensAreLimitedByAddressFirst() {
        String forged = TestTokens.signedByAnotherKey("officer", AGENCY_A);
        for (int i = 0; i < 4; i++) {
            given().auth().oauth2(forged).when().get("/api/v1/reviews").then().statusCode(401);
        }
        assertProblem(given().auth().oauth2(forged).when().get("/api/v1/reviews").then(), 429, "too-many-requests")
                .body("detail", containsString("this address"));
    }
}
