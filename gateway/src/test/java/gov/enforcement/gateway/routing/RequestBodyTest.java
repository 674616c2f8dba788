package gov.enforcement.gateway.routing;

import gov.enforcement.gateway.testsupport.Echo;
import gov.enforcement.gateway.testsupport.GatewayTestProfile;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Random;

import static gov.enforcement.gateway.testsupport.Problems.assertProblem;
import static gov.enforcement.testing.TestAgencies.AGENCY_A;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@DisplayName("Request bodies: reach the service byte for byte, refused past gateway.upstream.max-body-size and where none belongs")
class RequestBodyTest {

    /** The test profile sets gateway.upstream.max-body-size=1M. */
    private static final int LIMIT = 1024 * 1024;

    @TestHTTPResource("/")
    URI root;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    @DisplayName("an upload with Content-Length reaches the service byte for byte")
    void streamsUploadWithContentLength() {
        byte[] evidence = randomBytes(LIMIT - 1000);
        given().auth().oauth2(officer()).contentType("application/octet-stream").body(evidence)
                .when().post("/api/v1/cases/1/evidence")
                .then().statusCode(200)
                .body("service", equalTo(Echo.RECORDING))
                .body("bodyLength", equalTo(evidence.length))
                .body("bodySha256", equalTo(Echo.sha256(evidence)));
    }

    @Test
    @DisplayName("a chunked upload (no Content-Length) arrives whole, sent on with the length the gateway counted")
    void streamsChunkedUpload() throws Exception {
        byte[] evidence = randomBytes(300_000);
        HttpResponse<String> response = http.send(chunkedPost("/api/v1/cases/1/evidence", evidence),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        JsonObject echo = new JsonObject(response.body());
        assertEquals(evidence.length, echo.getInteger("bodyLength"));
        assertEquals(Echo.sha256(evidence), echo.getString("bodySha256"));
        assertEquals(Integer.toString(evidence.length), echo.getJsonObject("headers").getString("content-length"));
        assertNull(echo.getJsonObject("headers").getString("transfer-encoding"));
    }

    @Test
    @DisplayName("a declared Content-Length over the limit is a 413 problem before anything reaches the service")
    void refusesDeclaredOversizeBody() {
        assertProblem(given().auth().oauth2(officer()).contentType("application/octet-stream").body(randomBytes(LIMIT + 1))
                .when().post("/api/v1/cases/1/evidence").then(), 413, "payload-too-large");
    }

    @Test
    @DisplayName("a chunked upload that grows past the limit is cut off with a 413 problem")
    void refusesChunkedOversizeBody() throws Exception {
        HttpResponse<String> response;
        try {
            response = http.send(chunkedPost("/api/v1/cases/1/evidence", randomBytes(LIMIT + 200_000)),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // the gateway closes the connection after its 413; a client still sending may see only the reset
            return;
        }
        assertEquals(413, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("https://enforcement.gov.cn/problems/payload-too-large", new JsonObject(response.body()).getString("type"));
    }

    @Test
    @DisplayName("a body without a token (on a public path) is refused with a 400 problem, never forwarded")
    void refusesAnonymousBody() {
        assertProblem(given().contentType("application/json").body("{\"q\":\"x\"}")
                .when().post("/api/v1/public/decisions").then(), 400, "invalid-request")
                .body("detail", containsString("without a bearer token"));
    }

    @Test
    @DisplayName("a chunked body without a token is refused too")
    void refusesAnonymousChunkedBody() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(root.resolve("/api/v1/public/decisions"))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[10])))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("without a bearer token"), response.body());
    }

    @Test
    @DisplayName("a public read without a body is still forwarded")
    void anonymousReadIsForwarded() {
        given().when().get("/api/v1/public/decisions").then().statusCode(200).body("bodyLength", equalTo(0));
    }

    @ParameterizedTest(name = "{0} with a body")
    @ValueSource(strings = {"GET", "DELETE"})
    @DisplayName("GET, HEAD and DELETE carry no body: one is refused with a 400 problem, even with a valid token")
    void refusesBodyOnBodylessMethods(String method) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(root.resolve("/api/v1/cases/1"))
                        .header("Authorization", "Bearer " + officer())
                        .method(method, HttpRequest.BodyPublishers.ofString("{\"smuggled\":true}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(response.body().contains("a " + method + " request carries no body"), response.body());
    }

    private HttpRequest chunkedPost(String path, byte[] body) {
        return HttpRequest.newBuilder(root.resolve(path))
                .header("Authorization", "Bearer " + officer())
                .header("Content-Type", "application/octet-stream")
                // a supplier of unknown length makes the JDK client send chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
    }

    private static String officer() {
        return TestTokens.officer(AGENCY_A, "13010019001");
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
