package gov.enforcement.gateway.limits;

import gov.enforcement.gateway.testsupport.InFlightLimitedProfile;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static gov.enforcement.gateway.testsupport.Problems.assertProblem;
import static gov.enforcement.testing.TestAgencies.AGENCY_A;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 18: a caller whose requests last holds at most its share of a service's connections. */
@QuarkusTest
@TestProfile(InFlightLimitedProfile.class)
@DisplayName("Open requests per caller: one caller's slow requests never hold a service's whole pool")
class InFlightLimitTest {

    /** Longer than the connect timeout (1 s in tests), within the answer timeout (2 s). */
    private static final String SLOW = "1500";
    private static final int CALLS = 3 * InFlightLimitedProfile.PER_CALLER;

    @TestHTTPResource("/")
    URI root;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    @DisplayName("issue 18: an anonymous address with slow public reads gets its share, the rest 429 at once; "
            + "a clerk's read of the same service is served at once, and the share is free again afterwards")
    void anonymousAddressHoldsOnlyItsShare() throws Exception {
        String clerk = TestTokens.withRole("disclosure-clerk", AGENCY_A);
        given().auth().oauth2(clerk).when().get("/api/v1/disclosures/obligations").then().statusCode(200); // token known
        List<CompletableFuture<HttpResponse<String>>> slow = slowly("/api/v1/public/decisions?q=", null);
        Thread.sleep(300); // the admitted ones are waiting for their answers

        given().auth().oauth2(clerk).when().get("/api/v1/disclosures/obligations")
                .then().statusCode(200).time(lessThan(800L));

        assertShares(slow);
        // the slots were given back when the answers went out
        given().header("X-Echo-Delay-Ms", "0").when().get("/api/v1/public/decisions").then().statusCode(200);
    }

    @Test
    @DisplayName("issue 18: one client's slow reads get its share, the rest 429; another client of the same address "
            + "is served at once")
    void clientHoldsOnlyItsShare() throws Exception {
        String greedy = TestTokens.mint("officer-greedy", Set.of("officer"), AGENCY_A, "HB-0001");
        List<CompletableFuture<HttpResponse<String>>> slow = slowly("/api/v1/cases/", greedy);
        String other = TestTokens.mint("officer-other", Set.of("officer"), AGENCY_A, "HB-0002");
        given().auth().oauth2(other).when().get("/api/v1/cases/warm").then().statusCode(200); // token known
        Thread.sleep(300);

        given().auth().oauth2(other).when().get("/api/v1/cases/other").then().statusCode(200).time(lessThan(800L));
        assertProblem(given().auth().oauth2(greedy).when().get("/api/v1/cases/one-more").then(), 429, "too-many-requests")
                .header("Retry-After", "1").body("detail", containsString("this client"));

        assertShares(slow);
    }

    private List<CompletableFuture<HttpResponse<String>>> slowly(String path, String token) {
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path + i)).timeout(Duration.ofSeconds(10))
                    .header("X-Echo-Delay-Ms", SLOW);
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            answers.add(http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()));
        }
        return answers;
    }

    private static void assertShares(List<CompletableFuture<HttpResponse<String>>> answers) throws Exception {
        int served = 0;
        int refused = 0;
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            if (response.statusCode() == 200) {
                served++;
            } else {
                assertEquals(429, response.statusCode(), response.body());
                assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                        response.headers().toString());
                assertEquals("1", response.headers().firstValue("Retry-After").orElse(null));
                refused++;
            }
        }
        assertEquals(InFlightLimitedProfile.PER_CALLER, served, "requests served");
        assertEquals(CALLS - InFlightLimitedProfile.PER_CALLER, refused, "requests refused");
    }
}
