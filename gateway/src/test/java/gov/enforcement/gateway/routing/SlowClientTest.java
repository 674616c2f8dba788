package gov.enforcement.gateway.routing;

import gov.enforcement.gateway.testsupport.RawHttp;
import gov.enforcement.gateway.testsupport.SmallUpstreamPoolProfile;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static gov.enforcement.testing.TestAgencies.AGENCY_A;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestProfile(SmallUpstreamPoolProfile.class)
@DisplayName("Slow clients: a body is received whole before a service is asked, and must arrive in time")
class SlowClientTest {

    /** Three times the pool: before the fix, these alone held every connection to recording. */
    private static final int TRICKLERS = 3 * SmallUpstreamPoolProfile.POOL;

    @TestHTTPResource("/")
    URI root;

    @Test
    @DisplayName("callers trickling bodies byte by byte hold no service connection: others are served at once, "
            + "and the tricklers get a 408 problem and a closed connection")
    void tricklersNeitherStallOthersNorLastForever() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(TRICKLERS);
        try {
            List<CompletableFuture<String>> answers = new ArrayList<>();
            for (int i = 0; i < TRICKLERS; i++) {
                answers.add(CompletableFuture.supplyAsync(this::trickle, threads));
            }
            Thread.sleep(500); // every trickler has sent its headers and is in the middle of its body

            given().auth().oauth2(officer()).when().get("/api/v1/cases/1")
                    .then().statusCode(200).time(lessThan(1_500L));
            given().auth().oauth2(officer()).contentType("application/json").body("{\"title\":\"on time\"}")
                    .when().post("/api/v1/cases")
                    .then().statusCode(200).time(lessThan(1_500L));

            for (CompletableFuture<String> answer : answers) {
                String response = answer.get();
                assertTrue(response.startsWith("HTTP/1.1 408"), response);
                assertTrue(response.contains("application/problem+json"), response);
                assertTrue(response.contains("/problems/request-timeout"), response);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    @DisplayName("a body that keeps arriving fast enough is not cut off by the body timeout")
    void steadyBodyIsForwarded() throws Exception {
        try (RawHttp http = RawHttp.connect(root)) {
            http.send("POST /api/v1/cases HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + officer()
                    + "\r\nContent-Type: application/octet-stream\r\nContent-Length: 400000\r\nConnection: close\r\n\r\n");
            byte[] part = new byte[100_000];
            for (int i = 0; i < 4; i++) {
                http.send(new String(part, java.nio.charset.StandardCharsets.ISO_8859_1));
                Thread.sleep(1_000); // 4 s in all, past the 3 s timeout, but 100 kB/s is above the minimum rate
            }
            String response = http.readUntilClosed();
            assertTrue(response.startsWith("HTTP/1.1 200"), response);
            assertTrue(response.contains("\"bodyLength\":400000"), response);
        }
    }

    /** Sends headers and then one body byte every 200 ms until the gateway answers and closes. */
    private String trickle() {
        try (RawHttp http = RawHttp.connect(root)) {
            http.send("POST /api/v1/cases HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + officer()
                    + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n");
            Thread writer = new Thread(() -> {
                try {
                    for (int i = 0; i < 1000; i++) {
                        http.send("x");
                        Thread.sleep(200);
                    }
                } catch (IOException | InterruptedException stopped) {
                    // the gateway closed the connection, as it should
                }
            });
            writer.setDaemon(true);
            writer.start();
            String response = http.readUntilClosed();
            writer.interrupt();
            return response;
        } catch (IOException e) {
            return "failed: " + e;
        }
    }

    private static String officer() {
        return TestTokens.officer(AGENCY_A, "13010019001");
    }
}
