package gov.enforcement.gateway.routing;

import gov.enforcement.gateway.testsupport.Echo;
import gov.enforcement.gateway.testsupport.GatewayTestProfile;
import gov.enforcement.gateway.testsupport.RawHttp;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import static gov.enforcement.testing.TestAgencies.AGENCY_A;
import static io.restassured.RestAssured.given;
import static gov.enforcement.gateway.testsupport.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@DisplayName("Routing: every /api/v1 request reaches its owning service with headers, body and answer intact")
class RoutingTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @TestHTTPResource("/")
    URI root;

    private static String admin() {
        return TestTokens.withRole("admin", AGENCY_A);
    }

    @ParameterizedTest(name = "/api/v1/{0}/… is served by the {1} service")
    @CsvSource({
            "cases, recording", "audit, recording", "parties, recording", "analytics, recording",
            "reviews, legal-review", "review-catalogue, legal-review",
            "disclosures, disclosure", "public, disclosure", "calendar, disclosure", "registries, disclosure",
            "statistics, disclosure"})
    @DisplayName("each API family goes to the service that owns it, path and raw query unchanged")
    void routesEachFamilyToItsService(String family, String service) {
        String uri = "/api/v1/" + family + "/x/42?page=2&q=%E7%8E%8B%20a";
        given().urlEncodingEnabled(false).auth().oauth2(admin())
                .when().get(uri)
                .then().statusCode(200)
                .body("service", equalTo(service))
                .body("method", equalTo("GET"))
                .body("uri", equalTo(uri));
    }

    @Test
    @DisplayName("the caller's headers reach the service: Authorization, Content-Type, Accept, If-Match, If-None-Match, Idempotency-Key, X-Correlation-Id")
    void forwardsRequestHeaders() {
        String token = admin();
        given().header("Authorization", "Bearer " + token)
                .contentType("application/json")
                .accept("application/json")
                .header("If-Match", "\"3\"")
                .header("If-None-Match", "\"2\"")
                .header("Idempotency-Key", "idem-77")
                .header("X-Correlation-Id", "corr-1")
                .body("{\"type\":\"EvidenceRecorded\"}")
                .when().post("/api/v1/cases/7/events")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("headers.authorization", equalTo("Bearer " + token))
                .body("headers.'content-type'", startsWith("application/json"))
                .body("headers.accept", equalTo("application/json"))
                .body("headers.'if-match'", equalTo("\"3\""))
                .body("headers.'if-none-match'", equalTo("\"2\""))
                .body("headers.'idempotency-key'", equalTo("idem-77"))
                .body("headers.'x-correlation-id'", equalTo("corr-1"))
                .body("headers.'x-forwarded-for'", notNullValue())
                .body("body", equalTo("{\"type\":\"EvidenceRecorded\"}"));
    }

    @Test
    @DisplayName("the service's status and headers come back: 201 with ETag, Location and Content-Type")
    void relaysStatusAndResponseHeaders() {
        given().auth().oauth2(admin())
                .header("X-Echo-Status", "201")
                .header("X-Echo-Set-ETag", "\"4\"")
                .header("X-Echo-Set-Location", "/api/v1/cases/abc")
                .when().post("/api/v1/cases")
                .then().statusCode(201)
                .header("ETag", "\"4\"")
                .header("Location", "/api/v1/cases/abc")
                .contentType(startsWith("application/json"))
                .body("service", equalTo(Echo.RECORDING));
    }

    @Test
    @DisplayName("over HTTP/2 (prior knowledge, :authority instead of Host) the Location is a path too, never the service's")
    void locationIsAPathOverHttp2() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setProtocolVersion(HttpVersion.HTTP_2).setHttp2ClearTextUpgrade(false));
            HttpClientResponse answer = client.request(new RequestOptions().setMethod(HttpMethod.POST)
                            .setHost(root.getHost()).setPort(root.getPort()).setURI("/api/v1/cases")
                            .putHeader("Authorization", "Bearer " + admin()).putHeader("X-Echo-Status", "201")
                            .putHeader("X-Echo-Set-Location", "http://127.0.0.1:8081/api/v1/cases/abc"))
                    .compose(request -> request.send())
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertEquals(HttpVersion.HTTP_2, answer.version());
            assertEquals(201, answer.statusCode());
            assertEquals("/api/v1/cases/abc", answer.getHeader("Location"));
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    @DisplayName("a Location the service built on the caller's forged Host comes back as a path, not pointing there")
    void locationNeverCarriesTheCallersHost() throws Exception {
        try (RawHttp http = RawHttp.connect(root)) {
            String response = http.send("POST /api/v1/cases HTTP/1.1\r\nHost: evil.example\r\nAuthorization: Bearer " + admin()
                    + "\r\nX-Echo-Status: 201\r\nX-Echo-Set-Location: http://evil.example/api/v1/cases/abc"
                    + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").readUntilClosed();
            String head = response.substring(0, response.indexOf("\r\n\r\n") + 2);
            assertTrue(head.startsWith("HTTP/1.1 201"), response);
            assertTrue(head.toLowerCase(java.util.Locale.ROOT).contains("\r\nlocation: /api/v1/cases/abc\r\n"), head);
            assertFalse(head.contains("evil.example"), head);
        }
    }

    @Test
    @DisplayName("a service's own error (409 problem+json) passes through untouched, not rewritten by the gateway")
    void passesServiceErrorsThroughUntouched() {
        given().auth().oauth2(admin())
                .header("X-Echo-Status", "409")
                .header("X-Echo-Set-Content-Type", "application/problem+json")
                .when().post("/api/v1/cases/7/events")
                .then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("service", equalTo(Echo.RECORDING));
    }

    @Test
    @DisplayName("without a caller's X-Correlation-Id the gateway makes a UUID, sends it to the service and echoes it")
    void generatesCorrelationId() {
        Response response = given().auth().oauth2(admin()).when().get("/api/v1/cases/1");
        response.then().statusCode(200).header("X-Correlation-Id", matchesPattern(UUID_PATTERN));
        assertEquals(response.header("X-Correlation-Id"), response.jsonPath().getString("headers.'x-correlation-id'"));
    }

    @Test
    @DisplayName("a caller's sane X-Correlation-Id is kept end to end; a malformed one is replaced by a UUID")
    void keepsSaneCorrelationIdReplacesMalformed() {
        given().auth().oauth2(admin()).header("X-Correlation-Id", "case-42.step:7")
                .when().get("/api/v1/cases/42")
                .then().header("X-Correlation-Id", "case-42.step:7")
                .body("headers.'x-correlation-id'", equalTo("case-42.step:7"));
        given().auth().oauth2(admin()).header("X-Correlation-Id", "forged\tlog line")
                .when().get("/api/v1/cases/42")
                .then().header("X-Correlation-Id", matchesPattern(UUID_PATTERN));
    }

    @Test
    @DisplayName("HEAD is forwarded and answered without a body")
    void forwardsHead() {
        given().auth().oauth2(admin()).when().head("/api/v1/cases/1")
                .then().statusCode(200).header("Content-Type", startsWith("application/json"));
    }

    @Test
    @DisplayName("a streamed (chunked) answer from the service reaches the caller whole")
    void relaysChunkedAnswer() {
        given().auth().oauth2(admin()).header("X-Echo-Chunked", "true")
                .when().get("/api/v1/cases/1/record?purpose=review")
                .then().statusCode(200)
                .header("Transfer-Encoding", "chunked")
                .body("uri", equalTo("/api/v1/cases/1/record?purpose=review"));
    }

    @Test
    @DisplayName("an API family nobody owns is a 404 problem, as are /api/v1 itself and paths outside the API")
    void unknownPathsAreNotFoundProblems() {
        assertProblem(
                given().auth().oauth2(admin()).when().get("/api/v1/payments/1").then(), 404, "not-found");
        assertProblem(
                given().auth().oauth2(admin()).when().get("/api/v1").then(), 404, "not-found");
        assertProblem(
                given().when().get("/nothing/here").then(), 404, "not-found");
    }

    @Test
    @DisplayName("a service slower than gateway.upstream.timeout is a 504 problem, not a hang")
    void slowServiceIsGatewayTimeout() {
        assertProblem(
                given().auth().oauth2(admin()).header("X-Echo-Delay-Ms", "5000")
                        .when().get("/api/v1/reviews").then(), 504, "upstream-timeout");
    }
}
