package gov.enforcement.gateway.headers;

import gov.enforcement.gateway.testsupport.GatewayTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@DisplayName("Browser security headers on the portal, Swagger UI and every other answer of the gateway")
class SecurityHeadersTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/public/portal", "/api/v1/public/portal/decisions/1", "/no-such-page"})
    @DisplayName("portal pages (and the gateway's own answers): no framing, no sniffing, no referrer, a CSP allowing no script")
    void portalPages(String path) {
        assertBrowserHeaders(given().when().get(path).then())
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", not(containsString("script-src")));
    }

    @Test
    @DisplayName("Swagger UI: the same headers, its scripts allowed only from this origin, the token kept out of browser storage")
    void swaggerUi() {
        assertBrowserHeaders(given().when().get("/q/swagger-ui/index.html").then().statusCode(200))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("connect-src 'self'"))
                .body(containsString("persistAuthorization: false"));
    }

    @Test
    @DisplayName("a policy a service set itself (e.g. a sandbox for a downloaded attachment) is kept as it is")
    void servicePolicyIsKept() {
        given().header("X-Echo-Set-Content-Security-Policy", "sandbox; default-src 'none'")
                .when().get("/api/v1/public/portal").then().statusCode(200)
                .header("Content-Security-Policy", equalTo("sandbox; default-src 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    private static ValidatableResponse assertBrowserHeaders(ValidatableResponse response) {
        return response
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("object-src 'none'"))
                .header("Content-Security-Policy", containsString("base-uri 'none'"));
    }
}
