package gov.enforcement.review.security;

import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** A service verifies every token itself (the gateway is only the first wall), with the same strictness. */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
@DisplayName("Tokens at a service: audience, lifetime, skew and claim types are checked here too")
class TokenChecksTest {

    private static final String A = TestAgencies.AGENCY_A;

    static Stream<Arguments> spoiledTokens() {
        long now = Instant.now().getEpochSecond();
        return Stream.of(
                spoiled("meant for another audience", c -> c.put("aud", "another-api")),
                spoiled("without an audience", c -> c.remove("aud")),
                spoiled("valid for 100 years", c -> c.put("exp", now + 100L * 365 * 24 * 3600)),
                spoiled("without iat", c -> c.remove("iat")),
                spoiled("issued in the future", c -> {
                    c.put("iat", now + 3600);
                    c.put("exp", now + 7200);
                }),
                spoiled("expired 10 s ago (more than the 5 s skew)", c -> {
                    c.put("iat", now - 3600);
                    c.put("exp", now - 10);
                }),
                spoiled("without sub", c -> {
                    c.remove("sub");
                    c.remove("upn");
                }),
                spoiled("with a number as agency", c -> c.put("agency", 911301001234567890L)),
                spoiled("with an array as agency", c -> c.put("agency", List.of(A))),
                spoiled("with an object as agency", c -> c.put("agency", Map.of("code", A))),
                spoiled("with a number as cert", c -> c.put("cert", 13010019001L)),
                spoiled("with an object as groups", c -> c.put("groups", Map.of("role", "reviewer"))));
    }

    private static Arguments spoiled(String name, Consumer<Map<String, Object>> spoil) {
        return Arguments.of(name, spoil);
    }

    @ParameterizedTest(name = "a token {0}")
    @MethodSource("spoiledTokens")
    @DisplayName("a well-signed token with wrong or missing claims: 401 problem+json, never a 500")
    void spoiledTokenIsUnauthorized(String name, Consumer<Map<String, Object>> spoil) {
        Map<String, Object> claims = TestTokens.validClaims("reviewer", A);
        spoil.accept(claims);
        given().auth().oauth2(TestTokens.signedClaims(claims)).when().get("/api/v1/review-catalogue")
                .then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(401));
    }

    @Test
    @DisplayName("the unspoiled claims pass (so each spoiled case fails for its own reason)")
    void validClaimsPass() {
        given().auth().oauth2(TestTokens.signedClaims(TestTokens.validClaims("reviewer", A)))
                .when().get("/api/v1/review-catalogue").then().statusCode(200);
    }
}
