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

import static gov.enforcement.review.workflow.ReviewApi.get;
import static gov.enforcement.review.workflow.ReviewApi.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** An agency's admin reads every agency's reviews but writes only into its own (L-COLLECTIVE, L-TIME, L-OPINION). */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class AgencyAdminTest {

    static final String A = TestAgencies.AGENCY_A;
    static final String B = TestTokens.withRole("admin", TestAgencies.AGENCY_B);

    @Test
    @DisplayName("L-COLLECTIVE, L-TIME, L-OPINION: agency B's admin cannot assign, extend, coordinate, note or discuss agency A's review (403, nothing recorded)")
    void anotherAgencysAdminWritesNothing() {
        Catalogues.standard();
        CaseStream stream = new CaseStream(A).registered("PENALTY", "officer-HB-0601", "HB-0601");
        String hash = stream.drafted(1, "90000", "情节严重");
        String review = stream.reviewEvent(EventTypes.LEGAL_REVIEW_OPENED, hash).path("reviewId").asText();
        String path = "/api/v1/reviews/" + review;

        get(B, path).statusCode(200); // an admin reads every agency
        post(B, path + "/assign", Map.of("reviewer", "reviewer-B")).statusCode(403).contentType("application/problem+json");
        post(B, path + "/extension", Map.of("reason", "案情复杂")).statusCode(403);
        post(B, path + "/coordination", Map.of("disagreement", "罚款数额", "outcome", "DRAFT_UPHELD")).statusCode(403);
        post(B, path + "/counsel-notes", Map.of("counsel", "律师", "note", "无")).statusCode(403);
        post(B, path + "/collective-discussion", Map.of("heldOn", "2026-09-28", "participants", List.of("局长"),
                "outcome", "APPROVED")).statusCode(403);
        get(Catalogues.ADMIN, path).statusCode(200).body("review.status", equalTo("OPEN"))
                .body("review.extended", equalTo(false));
        assertEquals(0, TestDatabase.count("select count(*) from review_history where review_id = '" + review
                + "' and kind <> 'ReviewOpened'"));

        // the review's own agency's admin may
        post(Catalogues.ADMIN, path + "/extension", Map.of("reason", "案情复杂")).statusCode(200).body("extended", equalTo(true));
    }

    @Test
    @DisplayName("L-OPINION: an admin cannot assign its agency's review to a reviewer of another agency, an officer or an unknown name (422 naming reviewer)")
    void noAssignmentToAnotherAgencysReviewer() {
        Catalogues.standard();
        CaseStream stream = new CaseStream(A).registered("PENALTY", "officer-HB-0602", "HB-0602");
        String hash = stream.drafted(1, "90000", "情节严重");
        String review = stream.reviewEvent(EventTypes.LEGAL_REVIEW_OPENED, hash).path("reviewId").asText();
        String path = "/api/v1/reviews/" + review;
        String outsider = TestTokens.mint("reviewer-outsider-b", Set.of("reviewer"), TestAgencies.AGENCY_B, null);
        get(outsider, "/api/v1/reviews").statusCode(200); // the reviewer is known as one of agency B

        post(Catalogues.ADMIN, path + "/assign", Map.of("reviewer", "reviewer-outsider-b")).statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("reviewer"));
        get(Catalogues.ADMIN, path).statusCode(200).body("review.status", equalTo("OPEN"));

        // someone never seen with the reviewer role (an officer, a typo) would leave the review stuck just as well
        String officer = TestTokens.officer(A, "HB-0609");
        get(officer, "/api/v1/reviews").statusCode(403);
        for (String nobody : List.of("officer-HB-0609", "reviewer-typo")) {
            post(Catalogues.ADMIN, path + "/assign", Map.of("reviewer", nobody)).statusCode(422)
                    .contentType("application/problem+json").body("rule", equalTo("L-OPINION"))
                    .body("errors.field", hasItem("reviewer"));
        }
        assertEquals(0, TestDatabase.count("select count(*) from review_history where review_id = '" + review
                + "' and kind = 'ReviewAssigned'"), "nothing recorded");

        String own = TestTokens.mint("reviewer-wang", Set.of("reviewer"), A, null);
        get(own, "/api/v1/reviews").statusCode(200);
        post(Catalogues.ADMIN, path + "/assign", Map.of("reviewer", "reviewer-wang")).statusCode(200)
                .body("reviewer", equalTo("reviewer-wang"));
    }
}
