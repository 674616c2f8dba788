package gov.enforcement.review.workflow;

import gov.enforcement.events.EventTypes;
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

import static gov.enforcement.review.workflow.ReviewApi.get;
import static gov.enforcement.review.workflow.ReviewApi.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class TaskQueueTest {

    static final String A = TestAgencies.AGENCY_A;
    static final String FENG = TestTokens.mint("reviewer-feng", Set.of("reviewer"), A, null);
    static final String CHEN = TestTokens.mint("reviewer-chen", Set.of("reviewer"), A, null);

    @Test
    @DisplayName("X-SEPARATE, L-OPINION: claim, my tasks, unclaim, delegate to a known reviewer only; filter by case; bounded pages")
    void claimUnclaimDelegate() {
        Catalogues.standard();
        CaseStream stream = new CaseStream(A).registered("PENALTY", "officer-HB-1001", "HB-1001", "HB-1002")
                .investigated("HB-1002");
        String hash = stream.drafted(1, "90000", "情节严重");
        String review = stream.reviewEvent(EventTypes.LEGAL_REVIEW_OPENED, hash).path("reviewId").asText();
        String path = "/api/v1/reviews/" + review;
        get(CHEN, "/api/v1/reviews?size=1").statusCode(200); // known as a reviewer of A

        post(FENG, path + "/claim", null).statusCode(200);
        get(FENG, "/api/v1/reviews?assignee=me&size=200").statusCode(200).body("review.reviewId", hasItem(review));
        get(CHEN, "/api/v1/reviews?assignee=me&size=200").statusCode(200).body("review.reviewId", not(hasItem(review)));
        post(CHEN, path + "/unclaim", null).statusCode(409).body("rule", equalTo("L-OPINION"));
        post(FENG, path + "/unclaim", null).statusCode(200).body("status", equalTo("OPEN")).body("reviewer", nullValue());
        assertEquals("reviewer-feng", stream.reviewEvent(EventTypes.LEGAL_REVIEW_UNCLAIMED, hash).path("reviewer").asText());

        post(FENG, path + "/claim", null).statusCode(200);
        post(FENG, path + "/delegation", Map.of("reviewer", "reviewer-never-seen")).statusCode(422)
                .contentType("application/problem+json").body("rule", equalTo("L-OPINION"))
                .body("errors[0].field", equalTo("reviewer"));
        post(FENG, path + "/delegation", Map.of("reviewer", "reviewer-hb-1002", "cert", "HB-1002")).statusCode(403)
                .body("rule", equalTo("X-SEPARATE"));
        post(FENG, path + "/delegation", Map.of("reviewer", "reviewer-chen")).statusCode(200)
                .body("reviewer", equalTo("reviewer-chen")).body("status", equalTo("ASSIGNED"));
        get(CHEN, "/api/v1/reviews?assignee=me&caseId=" + stream.caseId).statusCode(200)
                .body("review.reviewId", equalTo(List.of(review)));

        get(CHEN, "/api/v1/reviews?size=201").statusCode(400).body("errors[0].field", equalTo("size"));
        get(CHEN, "/api/v1/reviews?page=-1").statusCode(400).body("errors[0].field", equalTo("page"));
        get(CHEN, "/api/v1/reviews?caseId=17").statusCode(400).body("errors[0].field", equalTo("caseId"));
        get(CHEN, "/api/v1/reviews?status=OPEN,ASSIGNED&size=1&page=0").statusCode(200).body("size()", equalTo(1));
    }
}
