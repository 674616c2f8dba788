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
import static gov.enforcement.review.workflow.ReviewApi.items;
import static gov.enforcement.review.workflow.ReviewApi.opinion;
import static gov.enforcement.review.workflow.ReviewApi.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** L-COORDINATE: the coordination of a disagreement decides whether a returned draft goes on. */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class CoordinationTest {

    static final String A = TestAgencies.AGENCY_A;
    static final String ZHENG = TestTokens.mint("reviewer-zheng", Set.of("reviewer"), A, null);

    @Test
    @DisplayName("L-COORDINATE: a coordination that upholds a returned draft makes the review APPROVED, so the collective discussion can follow")
    void upheldDraftGoesOn() {
        Catalogues.standard();
        CaseStream stream = new CaseStream(A).registered("PENALTY", "officer-HB-0801", "HB-0801", "HB-0802");
        String hash = stream.drafted(1, "90000", "情节严重");
        String path = "/api/v1/reviews/" + stream.reviewEvent(EventTypes.LEGAL_REVIEW_OPENED, hash).path("reviewId").asText();
        post(ZHENG, path + "/claim", null).statusCode(200);
        ReviewApi.submitted(A, path);
        post(ZHENG, path + "/opinions", opinion("RETURN", "应减轻处罚", items("LAW_AND_DISCRETION"))).statusCode(200)
                .body("status", equalTo("RETURNED"));

        post(Catalogues.ADMIN, path + "/coordination", Map.of("disagreement", "是否减轻", "outcome", "维持原拟决定"))
                .statusCode(422).contentType("application/problem+json").body("rule", equalTo("L-COORDINATE"))
                .body("errors.field", hasItem("outcome"));
        post(Catalogues.ADMIN, path + "/coordination", Map.of("disagreement", "是否减轻", "outcome", "REVIEW_UPHELD"))
                .statusCode(200).body("status", equalTo("RETURNED"));
        post(Catalogues.ADMIN, path + "/coordination", Map.of("disagreement", "是否减轻", "outcome", "DRAFT_UPHELD"))
                .statusCode(200).body("status", equalTo("APPROVED"));
        assertEquals("DRAFT_UPHELD", stream.reviewEvents(EventTypes.LEGAL_REVIEW_COORDINATION_RESOLVED, 2).get(1)
                .path("outcome").asText());

        post(Catalogues.ADMIN, path + "/collective-discussion", Map.of("heldOn", "2026-11-20",
                "participants", List.of("局长 王某"), "outcome", "APPROVED")).statusCode(200);
        get(ZHENG, path).statusCode(200).body("review.status", equalTo("APPROVED")).body("review.discussed", equalTo(true));
    }
}
