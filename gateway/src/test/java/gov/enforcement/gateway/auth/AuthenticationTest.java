package gov.enforcement.gateway.auth;

import gov.enforcement.gateway.testsupport.GatewayTestProfile;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static gov.enforcement.gateway.testsupport.Problems.assertProblem;
import static gov.enforcement.testing.TestAgencies.AGENCY_A;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@DisplayName("Authentication: the gateway is the first wall (401 for bad tokens, 403 for wrong roles)")
class AuthenticationTest {

    @TestHTTPResource("/")
    URI root;

    @ParameterizedTest(name = "GET {0} needs no token")
    @ValueSource(strings = {
            "/api/v1/public/decisions?agency=11130100MB12345671&page=1",
            "/api/v1/public/progress/ABC123",
            "/api/v1/audit/checkpoints/latest",
            "/api/v1/audit/proofs/inclusion?eventId=e1",
            "/api/v1/audit/proofs/consistency?from=1&to=2",
            "/api/v1/audit/keys",
            "/api/v1/reviews/keys"})
    @DisplayName("public pages, checkpoints and proofs are reachable without a token")
    void publicPathsNeedNoToken(String path) {
        given().urlEncodingEnabled(false).when().get(path).then().statusCode(200).body("uri", equalTo(path));
    }

    @Test
    @DisplayName("only reads of checkpoints and proofs are public: audit verify and any audit write need a token")
    void restOfAuditNeedsToken() {
        assertUnauthorized(given().when().get("/api/v1/audit/verify?caseId=1").then());
        assertUnauthorized(given().when().post("/api/v1/audit/checkpoints").then());
        assertUnauthorized(given().when().get("/api/v1/audit/checkpointsX").then());
    }

    @Test
    @DisplayName("no token: 401 problem+json with WWW-Authenticate: Bearer")
    void missingTokenIsUnauthorized() {
        assertUnauthorized(given().when().get("/api/v1/cases/1").then())
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    @DisplayName("a garbage token: 401 problem+json, the challenge says invalid_token")
    void garbageTokenIsUnauthorized() {
        assertUnauthorized(given().auth().oauth2("not.a.jwt").when().get("/api/v1/cases/1").then())
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""));
    }

    @Test
    @DisplayName("an expired token: 401 problem+json saying it has expired")
    void expiredTokenIsUnauthorized() {
        assertUnauthorized(given().auth().oauth2(TestTokens.expired("admin", AGENCY_A)).when().get("/api/v1/cases/1").then())
                .body("detail", containsString("expired"));
    }

    @Test
    @DisplayName("a token signed by another key: 401 problem+json")
    void foreignKeyIsUnauthorized() {
        assertUnauthorized(given().auth().oauth2(TestTokens.signedByAnotherKey("admin", AGENCY_A))
                .when().get("/api/v1/cases/1").then());
    }

    @Test
    @DisplayName("a token from another issuer: 401 problem+json")
    void foreignIssuerIsUnauthorized() {
        assertUnauthorized(given().auth().oauth2(TestTokens.fromAnotherIssuer("admin", AGENCY_A))
                .when().get("/api/v1/cases/1").then());
    }

    /** Ways to spoil the claims of an otherwise valid, well-signed token. */
    static Stream<Arguments> spoiledTokens() {
        long now = Instant.now().getEpochSecond();
        return Stream.of(
                spoiled("meant for another audience", c -> c.put("aud", "another-api")),
                spoiled("without an audience", c -> c.remove("aud")),
                spoiled("valid for 100 years", c -> c.put("exp", now + 100L * 365 * 24 * 3600)),
                spoiled("valid for 13 hours (more than the 12 allowed)", c -> c.put("exp", now + 13 * 3600)),
                spoiled("without iat", c -> c.remove("iat")),
                spoiled("without exp", c -> c.remove("exp")),
                spoiled("issued in the future", c -> {
                    c.put("iat", now + 3600);
                    c.put("exp", now + 7200);
                }),
                spoiled("expired 10 s ago (more than the 5 s skew)", c -> {
                    c.put("iat", now - 3600);
                    c.put("exp", now - 10);
                }),
                spoiled("without sub", c -> c.remove("sub")),
                spoiled("with a number as sub", c -> c.put("sub", 42)),
                spoiled("with a number as agency", c -> c.put("agency", 911301001234567890L)),
                spoiled("with an array as agency", c -> c.put("agency", List.of(AGENCY_A))),
                spoiled("with an object as agency", c -> c.put("agency", Map.of("code", AGENCY_A))),
                spoiled("with a number as cert", c -> c.put("cert", 13010019001L)),
                spoiled("with an object as groups", c -> c.put("groups", Map.of("role", "admin"))));
    }

    private static Arguments spoiled(String name, Consumer<Map<String, Object>> spoil) {
        return Arguments.of(name, spoil);
    }

    @ParameterizedTest(name = "a token {0}")
    @MethodSource("spoiledTokens")
    @DisplayName("a well-signed token with wrong or missing claims: 401 problem+json, never forwarded nor a 500")
    void spoiledTokenIsUnauthorized(String name, Consumer<Map<String, Object>> spoil) {
        Map<String, Object> claims = TestTokens.validClaims("admin", AGENCY_A);
        spoil.accept(claims);
        assertUnauthorized(given().auth().oauth2(TestTokens.signedClaims(claims)).when().get("/api/v1/cases/1").then());
    }

    @Test
    @DisplayName("the unspoiled claims pass (so each spoiled case fails for its own reason)")
    void validClaimsPass() {
        given().auth().oauth2(TestTokens.signedClaims(TestTokens.validClaims("admin", AGENCY_A)))
                .when().get("/api/v1/cases/1").then().statusCode(200);
    }

    @Test
    @DisplayName("an Authorization header that is not Bearer: 401 problem+json")
    void otherSchemeIsUnauthorized() {
        assertUnauthorized(given().header("Authorization", "Basic YWRtaW46YWRtaW4=").when().get("/api/v1/cases/1").then());
    }

    @ParameterizedTest(name = "{0} may not {1} {2}")
    @CsvSource({
            "officer, GET, /api/v1/analytics/workload",
            "officer, GET, /api/v1/reviews",
            "officer, GET, /api/v1/audit/verify",
            "officer, GET, /api/v1/review-catalogue",
            "reviewer, PUT, /api/v1/review-catalogue",
            "disclosure-clerk, GET, /api/v1/cases/1",
            "officer, GET, /api/v1/disclosures",
            "officer, PUT, /api/v1/calendar/2025",
            "officer, GET, /api/v1/registries/officers",
            "reviewer, GET, /api/v1/statistics/2024",
            "admin, PUT, /api/v1/review-catalogue",
            "admin, PUT, /api/v1/calendar/2025"})
    @DisplayName("a valid token without a role the path family admits: 403 problem+json")
    void wrongRoleIsForbidden(String role, String method, String path) {
        assertProblem(given().auth().oauth2(token(role)).when().request(method, path).then(), 403, "forbidden");
    }

    @ParameterizedTest(name = "{0} may {1} {2}")
    @CsvSource({
            "officer, POST, /api/v1/cases",
            "officer, GET, /api/v1/parties/p1",
            "reviewer, GET, /api/v1/cases/1",
            "reviewer, GET, /api/v1/reviews",
            "officer, POST, /api/v1/reviews/r1/submission",
            "auditor, GET, /api/v1/analytics/workload",
            "auditor, GET, /api/v1/audit/verify",
            "reviewer, GET, /api/v1/review-catalogue",
            "platform-admin, PUT, /api/v1/review-catalogue",
            "disclosure-clerk, POST, /api/v1/disclosures/d1/publish",
            "officer, GET, /api/v1/calendar/2025",
            "platform-admin, PUT, /api/v1/calendar/2025",
            "disclosure-clerk, GET, /api/v1/registries/officers",
            "auditor, GET, /api/v1/statistics/2024"})
    @DisplayName("a valid token with an admitted role is forwarded")
    void rightRoleIsForwarded(String role, String method, String path) {
        given().auth().oauth2(token(role)).when().request(method, path).then().statusCode(200).body("method", equalTo(method));
    }

    @Test
    @DisplayName("a valid token with no known role may read the calendar (any caller) but nothing role-bound")
    void roleLessTokenReadsOnlyCalendar() {
        String visitor = TestTokens.mint("visitor", Set.of("visitor"), AGENCY_A, null);
        given().auth().oauth2(visitor).when().get("/api/v1/calendar/2025").then().statusCode(200);
        assertProblem(given().auth().oauth2(visitor).when().get("/api/v1/cases/1").then(), 403, "forbidden");
    }

    @Test
    @DisplayName("dot segments cannot smuggle a protected path through a public prefix (/public/../cases)")
    void dotSegmentsCannotDodgeTheGuard() throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/public/../cases/1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertTrue(statusLine.startsWith("HTTP/1.1 401"), statusLine);
        }
    }

    private static String token(String role) {
        return "officer".equals(role) ? TestTokens.officer(AGENCY_A, "13010019001") : TestTokens.withRole(role, AGENCY_A);
    }

    private static ValidatableResponse assertUnauthorized(ValidatableResponse response) {
        return assertProblem(response, 401, "unauthorized").header("WWW-Authenticate", startsWith("Bearer"));
    }

    @jakarta.inject.Inject
    BearerAuthenticator authenticator;

    @Test
    @DisplayName("a verified token is remembered, but never past its expiry, and an unknown token never is")
    void verifiedTokensAreRememberedUntilTheyExpire() throws InterruptedException {
        String token = TestTokens.expiringIn(java.time.Duration.ofSeconds(2), "auditor", AGENCY_A);
        String header = "Bearer " + token;
        org.junit.jupiter.api.Assertions.assertNull(authenticator.remembered(header));
        assertTrue(authenticator.authenticate(header) instanceof Authentication.Authenticated);
        org.junit.jupiter.api.Assertions.assertEquals("auditor-" + AGENCY_A,
                authenticator.remembered(header).caller().subject());
        org.junit.jupiter.api.Assertions.assertNull(authenticator.remembered("Bearer " + token + "x"));
        org.junit.jupiter.api.Assertions.assertNull(authenticator.remembered("Basic " + token));
        Thread.sleep(2_100);
        org.junit.jupiter.api.Assertions.assertNull(authenticator.remembered(header));
    }
}
