package gov.enforcement.gateway.devtokens;

import gov.enforcement.gateway.testsupport.DevTokensEnabledProfile;
import gov.enforcement.gateway.testsupport.Echo;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import static gov.enforcement.gateway.testsupport.Problems.assertProblem;
import static gov.enforcement.testing.TestAgencies.AGENCY_A;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestProfile(DevTokensEnabledProfile.class)
@DisplayName("Dev tokens when gateway.dev-tokens.enabled=true (what the dev profile sets)")
class DevTokensEnabledTest {

    @Inject
    JWTParser parser;

    @Test
    @DisplayName("POST /dev/tokens answers 200 with an RS256 token that verifies with the stack's public key, issuer and audience")
    void mintsVerifiableToken() throws Exception {
        Response response = mint("{\"sub\":\"officer-zhang\",\"groups\":[\"officer\"],\"agency\":\"" + AGENCY_A
                + "\",\"cert\":\"13010019001\"}");
        response.then().statusCode(200).contentType("application/json");
        String token = response.jsonPath().getString("token");
        String header = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        assertEquals("RS256", new JsonObject(header).getString("alg"));
        JsonWebToken jwt = parser.parse(token);
        assertEquals(TestTokens.ISSUER, jwt.getIssuer());
        assertEquals(Set.of(TestTokens.AUDIENCE), jwt.getAudience());
        assertEquals("officer-zhang", jwt.getSubject());
        assertEquals(Set.of("officer"), jwt.getGroups());
        assertEquals(AGENCY_A, jwt.getClaim("agency"));
        assertEquals("13010019001", jwt.getClaim("cert"));
        Instant expiresAt = Instant.parse(response.jsonPath().getString("expiresAt"));
        assertEquals(expiresAt.getEpochSecond(), jwt.getExpirationTime());
        Duration lifetime = Duration.between(Instant.now(), expiresAt);
        assertTrue(lifetime.compareTo(Duration.ofHours(8).minusMinutes(1)) > 0 && lifetime.compareTo(Duration.ofHours(8)) <= 0,
                "the default lifetime is 8 h, got " + lifetime);
    }

    @Test
    @DisplayName("a minted token passes the gateway and reaches the service")
    void mintedTokenPassesTheGateway() {
        String token = mint("{\"sub\":\"clerk-li\",\"groups\":[\"disclosure-clerk\"],\"agency\":\"" + AGENCY_A + "\"}")
                .then().statusCode(200).extract().path("token");
        given().auth().oauth2(token).when().get("/api/v1/disclosures?status=due")
                .then().statusCode(200).body("service", equalTo(Echo.DISCLOSURE));
    }

    @Test
    @DisplayName("the platform admin belongs to no agency: its token carries none, and it passes the gateway")
    void platformAdminHasNoAgency() throws Exception {
        String token = mint("{\"sub\":\"platform-admin-1\",\"groups\":[\"platform-admin\"]}")
                .then().statusCode(200).extract().path("token");
        org.junit.jupiter.api.Assertions.assertNull(parser.parse(token).getClaim("agency"));
        given().auth().oauth2(token).when().get("/api/v1/calendar/2026").then().statusCode(200);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "{\"groups\":[\"admin\"],\"agency\":\"11130100MB12345671\"}|sub|a missing sub",
            "{\"sub\":\"x\",\"groups\":[],\"agency\":\"11130100MB12345671\"}|groups|no role at all",
            "{\"sub\":\"x\",\"groups\":[\"admin\",\"king\"],\"agency\":\"11130100MB12345671\"}|groups|an unknown role",
            "{\"sub\":\"x\",\"groups\":\"admin\",\"agency\":\"11130100MB12345671\"}|groups|groups that is not an array",
            "{\"sub\":\"x\",\"groups\":[\"admin\"],\"agency\":\"11130100MB1234567\"}|agency|an agency of 17 characters",
            "{\"sub\":\"x\",\"groups\":[\"admin\"],\"agency\":\"11130100MB12345672\"}|agency|an agency with a wrong check character",
            "{\"sub\":\"x\",\"groups\":[\"officer\"],\"agency\":\"11130100MB12345671\"}|cert|an officer without a certificate",
            "{\"sub\":\"x\",\"groups\":[\"admin\"]}|agency|an agency's admin without its agency",
            "{\"sub\":\"x\",\"groups\":[\"platform-admin\",\"admin\"]}|agency|a platform admin who is also an agency's admin, without the agency",
            "not json|(body)|a body that is not JSON"})
    @DisplayName("an invalid request is a 400 problem whose errors name the field")
    void invalidRequestNamesTheField(String body, String field, String what) {
        assertProblem(mint(body).then(), 400, "invalid-request")
                .body("errors[0].field", equalTo(field));
    }

    @Test
    @DisplayName("only POST with JSON: GET is a 405 problem (Allow: POST), text/plain a 415 problem")
    void onlyJsonPost() {
        assertProblem(given().when().get("/dev/tokens").then(), 405, "method-not-allowed").header("Allow", "POST");
        assertProblem(given().contentType("text/plain").body("x").when().post("/dev/tokens").then(), 415,
                "unsupported-media-type");
    }

    @Test
    @DisplayName("the merged OpenAPI document then documents POST /dev/tokens, without security")
    void documentedInOpenApi() {
        given().when().get("/openapi").then().statusCode(200)
                .body("paths", hasKey("/dev/tokens"))
                .body("paths.'/dev/tokens'.post.security.size()", equalTo(0));
    }

    private static Response mint(String body) {
        return given().contentType("application/json").body(body).when().post("/dev/tokens");
    }
}
