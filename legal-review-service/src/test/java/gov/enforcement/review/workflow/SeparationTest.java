package gov.enforcement.review.workflow;

import gov.enforcement.events.EventTypes;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestDatabase;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static gov.enforcement.review.workflow.ReviewApi.items;
import static gov.enforcement.review.workflow.ReviewApi.opinion;
import static gov.enforcement.review.workflow.ReviewApi.post;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** X-SEPARATE: whoever investigated, registered or drafted a case does nothing on its review. */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class SeparationTest {

    static final String A = TestAgencies.AGENCY_A;

    @Test
    @DisplayName("X-SEPARATE: an investigator acting as reviewer or admin cannot coordinate, note, discuss, extend or assign (403, nothing recorded)")
    void investigatorDoesNothingOnTheReview() {
        Catalogues.standard();
        CaseStream stream = new CaseStream(A).registered("PENALTY", "officer-HB-0701", "HB-0701", "HB-0702")
                .investigated("HB-0701", "HB-0702");
        String hash = stream.drafted(1, "90000", "情节严重");
        String review = stream.reviewEvent(EventTypes.LEGAL_REVIEW_OPENED, hash).path("reviewId").asText();
        String path = "/api/v1/reviews/" + review;
        String investigator = TestTokens.mint("reviewer-hb-0702", Set.of("reviewer"), A, "HB-0702");
        String registrarAdmin = TestTokens.mint("officer-HB-0701", Set.of("admin"), A, null);

        for (String token : List.of(investigator, registrarAdmin)) {
            post(token, path + "/coordination", Map.of("disagreement", "罚款数额", "outcome", "DRAFT_UPHELD")).statusCode(403)
                    .contentType("application/problem+json").body("rule", equalTo("X-SEPARATE"));
            post(token, path + "/counsel-notes", Map.of("counsel", "律师 周某", "note", "建议从轻")).statusCode(403)
                    .body("rule", equalTo("X-SEPARATE"));
            post(token, path + "/extension", Map.of("reason", "案情复杂")).statusCode(403).body("rule", equalTo("X-SEPARATE"));
            post(token, path + "/collective-discussion", Map.of("heldOn", "2026-11-20", "participants", List.of("局长"),
                    "outcome", "APPROVED")).statusCode(403).body("rule", equalTo("X-SEPARATE"));
        }
        post(registrarAdmin, path + "/assign", Map.of("reviewer", "reviewer-zhou")).statusCode(403)
                .body("rule", equalTo("X-SEPARATE"));
        assertEquals(0, TestDatabase.count("select count(*) from review_history where review_id = '" + review
                + "' and kind <> 'ReviewOpened'"), "nothing recorded");

        String outsider = TestTokens.mint("reviewer-zhou", Set.of("reviewer"), A, null);
        post(outsider, path + "/counsel-notes", Map.of("counsel", "律师 周某", "note", "建议从轻")).statusCode(200);
    }

    @Test
    @DisplayName("X-SEPARATE, L-RESPONSIBILITY: the officer who drafted the decision submits it and cannot claim or review it")
    void drafterCannotReview() {
        Catalogues.standard();
        CaseStream stream = new CaseStream(A).registered("PENALTY", "officer-HB-0711", "HB-0711", "HB-0712")
                .investigated("HB-0711", "HB-0712");
        String hash = stream.draftedBy("officer-HB-0713", 1, "90000", "情节严重");
        var opened = stream.reviewEvent(EventTypes.LEGAL_REVIEW_OPENED, hash);
        assertEquals("officer-HB-0713", opened.path("submitter").asText(), "the drafter, not the registrar, submits");
        String path = "/api/v1/reviews/" + opened.path("reviewId").asText();

        String drafter = TestTokens.mint("officer-HB-0713", Set.of("reviewer"), A, null);
        post(drafter, path + "/claim", null).statusCode(403).body("rule", equalTo("X-SEPARATE"));
        post(Catalogues.ADMIN, path + "/assign", Map.of("reviewer", "officer-HB-0713")).statusCode(403)
                .body("rule", equalTo("X-SEPARATE"));
        post(drafter, path + "/opinions", opinion("APPROVE", null, items())).statusCode(403)
                .body("rule", equalTo("X-SEPARATE"));
    }
}
