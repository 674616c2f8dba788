package gov.enforcement.review.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.events.EventTypes;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestDatabase;
import gov.enforcement.testing.TestTokens;
import gov.enforcement.verifier.OpinionCheck;
import gov.enforcement.verifier.OpinionFinding;
import gov.enforcement.verifier.OpinionKey;
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
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** 承办人初审 → 负责人复核: at agency B (review.sign-off.agencies in the test profile) an opinion needs a head reviewer. */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class SignOffTest {

    static final String B = TestAgencies.AGENCY_B;
    static final String FIRST = TestTokens.mint("reviewer-b-first", Set.of("reviewer", "head-reviewer"), B, null);
    static final String HEAD = TestTokens.mint("reviewer-b-head", Set.of("reviewer", "head-reviewer"), B, null);
    static final String PLAIN = TestTokens.mint("reviewer-b-plain", Set.of("reviewer"), B, null);

    private record Pending(CaseStream stream, String hash, String path) {
    }

    /** A major draft at B, submitted, claimed by FIRST, whose APPROVE waits for its sign-off. */
    private static Pending pending(String officer, String cert) {
        Catalogues.standard();
        CaseStream stream = new CaseStream(B).registered("PENALTY", officer, cert);
        String hash = stream.drafted(1, "90000", "情节严重");
        String path = "/api/v1/reviews/" + stream.reviewEvent(EventTypes.LEGAL_REVIEW_OPENED, hash).path("reviewId").asText();
        ReviewApi.submitted(B, path);
        post(FIRST, path + "/claim", null).statusCode(200);
        post(FIRST, path + "/opinions", opinion("APPROVE", null, items())).statusCode(200)
                .body("status", equalTo("PENDING_SIGN_OFF"));
        return new Pending(stream, hash, path);
    }

    private static long given(String path) {
        return TestDatabase.count("select count(*) from review_history where kind = 'ReviewOpinionGiven' and review_id = '"
                + path.substring(path.lastIndexOf('/') + 1) + "'");
    }

    @Test
    @DisplayName("L-RESPONSIBILITY: with two-level sign-off nothing is published until a head reviewer signs off; the opinion then names both, signed, and verifies offline")
    void signedOffOpinionIsGivenAndVerifies() throws Exception {
        Pending p = pending("officer-SJ-2101", "SJ-2101");
        assertEquals(0, given(p.path()), "no ReviewOpinionGiven before the sign-off");
        get(HEAD, p.path()).statusCode(200).body("review.status", equalTo("PENDING_SIGN_OFF"))
                .body("history.kind", hasItem("OpinionProposed"));

        post(HEAD, p.path() + "/sign-off", Map.of("decision", "SIGN_OFF")).statusCode(200)
                .body("status", equalTo("APPROVED")).body("opinionNumber", notNullValue());
        JsonNode opinion = p.stream().reviewEvent(EventTypes.LEGAL_REVIEW_OPINION_GIVEN, p.hash());
        assertEquals("reviewer-b-first", opinion.path("reviewer").asText());
        assertEquals("reviewer-b-head", opinion.path("signedOffBy").asText());

        ObjectNode recorded = ((ObjectNode) opinion.deepCopy()).without("caseId");
        String keys = get(null, "/api/v1/reviews/keys").statusCode(200).extract().asString();
        OpinionFinding finding = new OpinionCheck(List.of(new ObjectMapper().readValue(keys, OpinionKey[].class)))
                .check(opinion.path("caseId").asText(), 9, recorded);
        assertEquals(OpinionFinding.Result.VERIFIED, finding.result(), finding.line());
        recorded.put("signedOffBy", "someone-else");
        assertEquals(OpinionFinding.Result.FAILED, new OpinionCheck(List.of(new ObjectMapper().readValue(keys,
                OpinionKey[].class))).check(opinion.path("caseId").asText(), 9, recorded).result(), "the sign-off is signed");
    }

    @Test
    @DisplayName("X-SEPARATE, L-RESPONSIBILITY: the first reviewer cannot sign off their own opinion, nor a reviewer who is not a head (403, nothing changes)")
    void samePersonOrNoHeadIsRefused() {
        Pending p = pending("officer-SJ-2102", "SJ-2102");
        post(FIRST, p.path() + "/sign-off", Map.of("decision", "SIGN_OFF")).statusCode(403)
                .contentType("application/problem+json").body("rule", equalTo("X-SEPARATE"));
        post(PLAIN, p.path() + "/sign-off", Map.of("decision", "SIGN_OFF")).statusCode(403)
                .contentType("application/problem+json").body("rule", equalTo("L-RESPONSIBILITY"));
        // while it waits, its reviewer neither gives it again nor gives it up
        post(FIRST, p.path() + "/opinions", opinion("APPROVE", null, items())).statusCode(409).body("rule", equalTo("L-OPINION"));
        post(FIRST, p.path() + "/unclaim", null).statusCode(409).body("rule", equalTo("L-OPINION"));
        get(HEAD, p.path()).statusCode(200).body("review.status", equalTo("PENDING_SIGN_OFF"));
        assertEquals(0, given(p.path()));
    }

    @Test
    @DisplayName("L-OPINION: the head reviewer sends an opinion back with why; its reviewer gives it again and it waits again")
    void sentBackOpinionIsGivenAgain() {
        Pending p = pending("officer-SJ-2103", "SJ-2103");
        post(HEAD, p.path() + "/sign-off", Map.of("decision", "MAYBE")).statusCode(422)
                .contentType("application/problem+json").body("rule", equalTo("L-OPINION")).body("errors.field", hasItem("decision"));
        post(HEAD, p.path() + "/sign-off", Map.of("decision", "SEND_BACK")).statusCode(422)
                .body("errors.field", hasItem("comment"));
        post(HEAD, p.path() + "/sign-off", Map.of("decision", "SEND_BACK", "comment", "裁量理由不充分")).statusCode(200)
                .body("status", equalTo("ASSIGNED")).body("reviewer", equalTo("reviewer-b-first"));
        post(FIRST, p.path() + "/opinions", opinion("RETURN", "裁量理由不充分", items("LAW_AND_DISCRETION"))).statusCode(200)
                .body("status", equalTo("PENDING_SIGN_OFF"));
        post(HEAD, p.path() + "/sign-off", Map.of("decision", "SIGN_OFF")).statusCode(200).body("status", equalTo("RETURNED"));
        assertEquals(1, given(p.path()));
    }
}
