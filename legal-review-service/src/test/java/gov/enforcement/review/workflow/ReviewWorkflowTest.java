package gov.enforcement.review.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import gov.enforcement.events.EventTypes;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestDatabase;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static gov.enforcement.review.workflow.ReviewApi.get;
import static gov.enforcement.review.workflow.ReviewApi.items;
import static gov.enforcement.review.workflow.ReviewApi.opinion;
import static gov.enforcement.review.workflow.ReviewApi.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class ReviewWorkflowTest {

    static final String A = TestAgencies.AGENCY_A;
    static final String ZHAO = TestTokens.mint("reviewer-zhao", Set.of("reviewer"), A, null);
    static final String QIAN = TestTokens.mint("reviewer-qian", Set.of("reviewer"), A, null);

    @Test
    @DisplayName("L-CATALOGUE, X-SEPARATE, L-ITEMS, L-OPINION, L-COLLECTIVE, L-RESPONSIBILITY: a major draft is returned, redrafted, approved, signed and discussed")
    void majorDraftThroughReview() throws Exception {
        int version = Catalogues.standard();
        CaseStream stream = new CaseStream(A).registered("PENALTY", "officer-HB-0101", "HB-0101", "HB-0102")
                .investigated("HB-0101", "HB-0102");
        String first = stream.drafted(1, "60000", "涉及农民工32人");

        JsonNode classified = stream.reviewEvent(EventTypes.LEGAL_REVIEW_DECISION_CLASSIFIED, first);
        assertTrue(classified.path("major").asBoolean());
        assertEquals(String.valueOf(version), classified.path("catalogueVersion").asText());
        assertEquals("FINE_ABOVE_THRESHOLD", classified.path("criteria").get(0).asText());
        JsonNode opened = stream.reviewEvent(EventTypes.LEGAL_REVIEW_OPENED, first);
        assertEquals("officer-HB-0101", opened.path("submitter").asText());
        String review = opened.path("reviewId").asText();
        String path = "/api/v1/reviews/" + review;

        get(ZHAO, "/api/v1/reviews").statusCode(200).body("review.reviewId", hasItem(review));
        get(TestTokens.withRole("reviewer", TestAgencies.AGENCY_B), "/api/v1/reviews").statusCode(200)
                .body("review.reviewId", not(hasItem(review)));
        // roles and agency scoping
        get(TestTokens.withRole("reviewer", TestAgencies.AGENCY_B), path).statusCode(403).contentType("application/problem+json");
        post(TestTokens.withRole("reviewer", TestAgencies.AGENCY_B), path + "/claim", null).statusCode(403);
        get(TestTokens.officer(A, "HB-0009"), "/api/v1/reviews").statusCode(403);
        post(TestTokens.officer(A, "HB-0009"), path + "/opinions", opinion("APPROVE", null, items())).statusCode(403);
        get(ZHAO, "/api/v1/reviews/" + UUID.randomUUID()).statusCode(404).contentType("application/problem+json");

        // X-SEPARATE: an investigator of the case, by certificate or by subject, cannot take the review
        String investigator = TestTokens.mint("reviewer-sun", Set.of("reviewer"), A, "HB-0102");
        post(investigator, path + "/claim", null).statusCode(403).body("rule", equalTo("X-SEPARATE"));
        post(TestTokens.mint("officer-HB-0101", Set.of("reviewer"), A, null), path + "/claim", null)
                .statusCode(403).body("rule", equalTo("X-SEPARATE"));

        post(ZHAO, path + "/claim", null).statusCode(200).body("status", equalTo("ASSIGNED"));
        post(ZHAO, path + "/opinions", opinion("APPROVE", null, items())).statusCode(409).body("rule", equalTo("L-RESPONSIBILITY"));
        ReviewApi.submitted(A, path);
        post(QIAN, path + "/claim", null).statusCode(409);
        post(QIAN, path + "/opinions", opinion("APPROVE", null, items())).statusCode(409).body("rule", equalTo("L-OPINION"));
        List<Map<String, Object>> six = new ArrayList<>(items());
        six.remove(6);
        post(ZHAO, path + "/opinions", opinion("APPROVE", null, six)).statusCode(422)
                .contentType("application/problem+json").body("rule", equalTo("L-ITEMS"));
        assertEquals(0, TestDatabase.count("select count(*) from review_history where kind = 'ReviewOpinionGiven'"
                + " and review_id = '" + review + "'"), "nothing recorded");

        post(ZHAO, path + "/opinions", opinion("RETURN", "裁量理由不充分", items("LAW_AND_DISCRETION"))).statusCode(200)
                .body("status", equalTo("RETURNED"));
        post(ZHAO, path + "/opinions", opinion("APPROVE", null, items())).statusCode(409).body("rule", equalTo("L-OPINION"));
        JsonNode returned = stream.reviewEvent(EventTypes.LEGAL_REVIEW_OPINION_GIVEN, first);
        assertEquals("RETURN", returned.path("outcome").asText());
        assertEquals(7, returned.path("items").size());
        post(ZHAO, path + "/collective-discussion", Map.of("heldOn", "2026-11-20", "participants", List.of("局长 王某"),
                "outcome", "APPROVED")).statusCode(409).body("rule", equalTo("L-COLLECTIVE"));

        // the undertaking unit redrafts: a new DecisionDrafted for the same case
        String second = stream.drafted(2, "55000", "涉及农民工32人；首次违法，已部分支付，从轻处罚");
        JsonNode resubmitted = stream.reviewEvent(EventTypes.LEGAL_REVIEW_DRAFT_RESUBMITTED, second);
        assertEquals(review, resubmitted.path("previousReviewId").asText());
        assertEquals(first, resubmitted.path("previousDraftHash").asText());
        assertEquals(List.of("discretionReasons", "fineAmount"), fields(resubmitted.path("changes")));
        assertEquals("60000", resubmitted.path("changes").get(1).path("before").asText());
        String review2 = stream.reviewEvent(EventTypes.LEGAL_REVIEW_OPENED, second).path("reviewId").asText();
        String path2 = "/api/v1/reviews/" + review2;

        post(ZHAO, path2 + "/claim", null).statusCode(200);
        // L-OPINION: the redraft's submission answers the problem the return raised
        String officer = TestTokens.officer(A, "HB-9901");
        post(officer, path2 + "/submission", ReviewApi.submission(List.of())).statusCode(422)
                .body("rule", equalTo("L-OPINION")).body("errors[0].field", equalTo("answers"))
                .body("detail", containsString("裁量理由不充分"));
        post(officer, path2 + "/submission", ReviewApi.submission(List.of(Map.of("problem", 1, "answer", "已补充从轻理由"))))
                .statusCode(200).body("submitted", equalTo(true));
        post(ZHAO, path2 + "/opinions", opinion("APPROVE", null, items())).statusCode(200).body("status", equalTo("APPROVED"));
        JsonNode approved = stream.reviewEvent(EventTypes.LEGAL_REVIEW_OPINION_GIVEN, second);
        assertEquals("APPROVE", approved.path("outcome").asText());
        assertEquals("reviewer-zhao", approved.path("reviewer").asText());
        OpinionSignatures.assertVerifies(approved);

        // L-COLLECTIVE: the meeting's words are not an outcome the gate could read; nothing is recorded
        post(ZHAO, path2 + "/collective-discussion", Map.of("heldOn", "2026-11-20", "participants", List.of("局长 王某"),
                "outcome", "同意作出处罚决定")).statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("L-COLLECTIVE")).body("errors.field", hasItem("outcome"));
        post(ZHAO, path2 + "/collective-discussion", Map.of("heldOn", LocalDate.of(2026, 11, 20).toString(),
                "participants", List.of("局长 王某", "副局长 李某"), "outcome", "APPROVED")).statusCode(200);
        JsonNode discussed = stream.reviewEvent(EventTypes.LEGAL_REVIEW_COLLECTIVE_DISCUSSION_HELD, second);
        assertEquals("2026-11-20", discussed.path("heldOn").asText());
        assertEquals("APPROVED", discussed.path("outcome").asText());
        assertEquals(2, discussed.path("participants").size());
        post(ZHAO, path2 + "/collective-discussion", Map.of("heldOn", "2026-11-21", "participants", List.of("局长 王某"),
                "outcome", "REFUSED")).statusCode(409).body("rule", equalTo("L-COLLECTIVE"));

        // the history keeps both opinions with their checklists, and the discussion
        get(ZHAO, path).statusCode(200).body("review.status", equalTo("RETURNED"))
                .body("history.kind", hasItem("ReviewOpinionGiven")).body("history[-1].data.items.size()", equalTo(7));
        get(TestTokens.withRole("auditor", TestAgencies.AGENCY_B), path2).statusCode(200)
                .body("history.kind", equalTo(List.of("ReviewOpened", "DraftResubmitted", "ReviewAssigned",
                        "ReviewSubmitted", "ReviewOpinionGiven", "CollectiveDiscussionHeld")));
    }

    private static List<String> fields(JsonNode changes) {
        List<String> names = new ArrayList<>();
        changes.forEach(c -> names.add(c.path("field").asText()));
        return names;
    }
}
