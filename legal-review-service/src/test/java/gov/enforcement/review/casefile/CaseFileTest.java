package gov.enforcement.review.casefile;

import gov.enforcement.events.EventTypes;
import gov.enforcement.review.workflow.CaseStream;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
@QuarkusTestResource(FakeRecordingServer.class)
class CaseFileTest {

    @Test
    @DisplayName("the reviewer opens the case file through recording-service with their own token and purpose \"legal review\"")
    void caseFileThroughRecording() {
        String platformAdmin = TestTokens.withRole("platform-admin", null);
        String inForce = given().auth().oauth2(platformAdmin).get("/api/v1/review-catalogue").then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(platformAdmin).contentType("application/json").header("If-Match", inForce)
                .body(Map.of("criteria", List.of("FINE_ABOVE_THRESHOLD", "AFTER_HEARING", "MAJOR_PUBLIC_INTEREST", "MAJOR_SOCIAL_IMPACT",
                        "MAJOR_RIGHTS", "COMPLEX_CASE"), "fineThreshold", 50000, "confiscationThreshold", 50000))
                .put("/api/v1/review-catalogue").then().statusCode(200);
        CaseStream stream = new CaseStream(TestAgencies.AGENCY_A).registered("PENALTY", "officer-HB-0501", "HB-0501");
        String hash = stream.drafted(1, "70000", "情节严重");
        String review = stream.reviewEvent(EventTypes.LEGAL_REVIEW_OPENED, hash).path("reviewId").asText();
        String reviewer = TestTokens.mint("reviewer-zhou", Set.of("reviewer"), TestAgencies.AGENCY_A, null);

        given().auth().oauth2(reviewer).get("/api/v1/reviews/" + review + "/case-file").then().statusCode(200)
                .body("caseId", equalTo(stream.caseId.toString()))
                .body("authorization", equalTo("Bearer " + reviewer))
                .body("query", equalTo("purpose=legal%20review"));
        given().auth().oauth2(TestTokens.withRole("reviewer", TestAgencies.AGENCY_B))
                .get("/api/v1/reviews/" + review + "/case-file").then().statusCode(403);
        given().auth().oauth2(TestTokens.withRole("auditor", TestAgencies.AGENCY_A))
                .get("/api/v1/reviews/" + review + "/case-file").then().statusCode(403);
        given().auth().oauth2(reviewer).get("/api/v1/reviews/" + UUID.randomUUID() + "/case-file")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @DisplayName("a case recording-service does not know is 404; recording-service failing is 502, both problem+json")
    void recordingRefusesOrFails() {
        String reviewer = TestTokens.mint("reviewer-zhou", Set.of("reviewer"), TestAgencies.AGENCY_A, null);
        given().auth().oauth2(reviewer).get("/api/v1/reviews/" + reviewFor("00000000") + "/case-file").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(reviewer).get("/api/v1/reviews/" + reviewFor("11111111") + "/case-file").then()
                .statusCode(502).contentType("application/problem+json");
    }

    private static String reviewFor(String caseIdPrefix) {
        UUID caseId = UUID.fromString(caseIdPrefix + UUID.randomUUID().toString().substring(8));
        CaseStream stream = new CaseStream(TestAgencies.AGENCY_A, caseId).registered("PENALTY", "officer-HB-0601", "HB-0601");
        String hash = stream.drafted(1, "90000", "情节严重", "MAJOR_RIGHTS");
        return stream.reviewEvent(EventTypes.LEGAL_REVIEW_OPENED, hash).path("reviewId").asText();
    }
}
