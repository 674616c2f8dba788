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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static gov.enforcement.review.workflow.ReviewApi.get;
import static gov.enforcement.review.workflow.ReviewApi.items;
import static gov.enforcement.review.workflow.ReviewApi.opinion;
import static gov.enforcement.review.workflow.ReviewApi.post;
import static gov.enforcement.review.workflow.ReviewApi.submission;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class SubmissionTest {

    static final String A = TestAgencies.AGENCY_A;
    static final String WU = TestTokens.mint("reviewer-wu", Set.of("reviewer"), A, null);
    static final String UNIT = TestTokens.officer(A, "HB-0902");
    static final Pattern NUMBER = Pattern.compile("^法审〔(\\d{4})〕(\\d+)号$");

    @Test
    @DisplayName("L-RESPONSIBILITY, L-OPINION, L-TIME: submit → claim → supplement request (paused) → resubmit answering → numbered opinion")
    void submitPauseResubmitOpinion() {
        Catalogues.standard();
        CaseStream stream = new CaseStream(A).registered("PENALTY", "officer-HB-0901", "HB-0901");
        String hash = stream.draftedBy("officer-HB-0901", 1, "90000", "情节严重");
        String path = "/api/v1/reviews/" + stream.reviewEvent(EventTypes.LEGAL_REVIEW_OPENED, hash).path("reviewId").asText();

        post(UNIT, path + "/submission", Map.of("materials", List.of("DECISION_DRAFT", "INVESTIGATION_REPORT",
                "EVIDENCE_LIST"), "declaration", false)).statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("L-RESPONSIBILITY")).body("errors[0].field", equalTo("declaration"));
        post(UNIT, path + "/submission", Map.of("materials", List.of("DECISION_DRAFT", "调查报告"), "declaration", true))
                .statusCode(422).body("rule", equalTo("L-RESPONSIBILITY")).body("errors[0].field", equalTo("materials[1]"));
        post(WU, path + "/submission", submission(List.of())).statusCode(403); // a reviewer does not submit
        post(TestTokens.officer(TestAgencies.AGENCY_B, "HB-0903"), path + "/submission", submission(List.of())).statusCode(403);
        // the drafter sends their own materials
        post(TestTokens.officer(A, "HB-0901"), path + "/submission", submission(List.of())).statusCode(200)
                .body("submitted", equalTo(true)).body("status", equalTo("OPEN"));
        post(UNIT, path + "/submission", submission(List.of())).statusCode(409).body("rule", equalTo("L-RESPONSIBILITY"));
        JsonNode submitted = stream.reviewEvent(EventTypes.LEGAL_REVIEW_SUBMITTED, hash);
        assertEquals("officer-HB-0901", submitted.path("submittedBy").asText());
        assertEquals(3, submitted.path("materials").size());
        assertTrue(submitted.path("declaration").asBoolean());

        post(WU, path + "/claim", null).statusCode(200);
        String due = get(WU, path).extract().path("review.dueOn");
        post(WU, path + "/supplement-requests", Map.of("problems", List.of())).statusCode(422)
                .body("rule", equalTo("L-OPINION")).body("errors[0].field", equalTo("problems"));
        post(WU, path + "/supplement-requests", Map.of("problems", List.of("缺少听证笔录", "证据目录未编页码"))).statusCode(200)
                .body("status", equalTo("PAUSED")).body("pausedOn", equalTo(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString()));
        JsonNode paused = stream.reviewEvent(EventTypes.LEGAL_REVIEW_SUPPLEMENT_REQUESTED, hash);
        assertEquals(2, paused.path("problems").get(1).path("number").asInt());
        assertEquals(due, paused.path("dueOn").asText());
        post(WU, path + "/opinions", opinion("APPROVE", null, items())).statusCode(409).body("rule", equalTo("L-OPINION"));
        post(WU, path + "/extension", Map.of("reason", "案情复杂")).statusCode(409).body("rule", equalTo("L-TIME"));

        post(UNIT, path + "/submission", submission(List.of(Map.of("problem", 1, "answer", "已补充听证笔录")))).statusCode(422)
                .body("rule", equalTo("L-OPINION")).body("errors[0].field", equalTo("answers"))
                .body("detail", containsString("证据目录未编页码"));
        post(UNIT, path + "/submission", submission(List.of(Map.of("problem", 1, "answer", "已补充听证笔录"),
                Map.of("problem", 2, "answer", "已编页码")))).statusCode(200).body("status", equalTo("ASSIGNED"))
                .body("pausedOn", nullValue());
        JsonNode resumed = stream.reviewEvents(EventTypes.LEGAL_REVIEW_SUBMITTED, 2).get(1);
        assertTrue(resumed.path("resumed").asBoolean());
        assertEquals("已编页码", resumed.path("answers").get(1).path("answer").asText());
        assertEquals("证据目录未编页码", resumed.path("answers").get(1).path("text").asText());

        // X-SEPARATE: whoever submitted answers for the materials and cannot review them
        post(TestTokens.mint("officer-HB-0902", Set.of("reviewer"), A, null), path + "/claim", null).statusCode(403)
                .body("rule", equalTo("X-SEPARATE"));

        String number = post(WU, path + "/opinions", opinion("APPROVE", null, items())).statusCode(200)
                .body("status", equalTo("APPROVED")).extract().path("opinionNumber");
        Matcher matcher = NUMBER.matcher(number);
        assertTrue(matcher.matches(), number);
        assertEquals(number, stream.reviewEvent(EventTypes.LEGAL_REVIEW_OPINION_GIVEN, hash).path("opinionNumber").asText());
        assertEquals(Long.parseLong(matcher.group(2)), TestDatabase.count("select last_number from opinion_numbers"
                + " where agency = '" + A + "' and year = " + matcher.group(1)), "the last number given, no gap");
    }
}
