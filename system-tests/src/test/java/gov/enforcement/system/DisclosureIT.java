package gov.enforcement.system;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static gov.enforcement.system.MajorDecisionIT.AGENCY;
import static gov.enforcement.system.MajorDecisionIT.api;
import static gov.enforcement.system.MajorDecisionIT.await;
import static gov.enforcement.system.MajorDecisionIT.awaitClassified;
import static gov.enforcement.system.MajorDecisionIT.draftedCase;
import static gov.enforcement.system.MajorDecisionIT.step;
import static gov.enforcement.system.MajorDecisionIT.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 5's story through the gateway: an issued decision is public within seconds, masked, corrected, withdrawn. */
class DisclosureIT {

    static String clerk;

    @BeforeAll
    static void stack() {
        MajorDecisionIT.stack();
        clerk = token("clerk-1", "disclosure-clerk", null);
        api(token("admin-1", "admin", null)).contentType(ContentType.JSON).body(Map.of("autoPublish", true))
                .put("/api/v1/disclosures/policies/agencies/" + AGENCY).then().statusCode(200);
    }

    @Test
    @DisplayName("D-POST-7, D-REDACT, D-CORRECT, D-WITHDRAW: public within seconds and masked; a correction is a new version; a revocation withdraws it")
    void decisionIsPublishedCorrectedAndWithdrawn() {
        String caseId = draftedCase(3_000);
        awaitClassified(caseId, false);
        await("the decision issues", () -> step(MajorDecisionIT.decider, caseId, "DecisionIssued",
                Map.of("documentNumber", "石人社监罚〔2026〕11号")).statusCode() == 201);
        Instant issued = Instant.now();

        String[] disclosureId = new String[1];
        await("the decision is public", () -> {
            List<Map<String, Object>> rows = api(clerk).get("/api/v1/disclosures").then().statusCode(200)
                    .extract().jsonPath().getList("$");
            rows.stream().filter(r -> caseId.equals(r.get("caseId")) && "PUBLISHED".equals(r.get("status")))
                    .findFirst().ifPresent(r -> disclosureId[0] = (String) r.get("disclosureId"));
            return disclosureId[0] != null
                    && given().baseUri(MajorDecisionIT.gateway).get("/api/v1/public/decisions/" + disclosureId[0]).statusCode() == 200;
        });
        Duration latency = Duration.between(issued, Instant.now());
        assertTrue(latency.compareTo(Duration.ofSeconds(10)) < 0, "public after " + latency);

        String body = given().baseUri(MajorDecisionIT.gateway).get("/api/v1/public/decisions/" + disclosureId[0]).asString();
        JsonPath view = JsonPath.from(body);
        assertFalse(body.contains("130102198001010010"), "no raw resident ID number in public");
        assertFalse(body.contains("张三"), "no natural person's full name in public");
        assertEquals("石人社监罚〔2026〕11号", view.getString("record.documentNumber"));
        assertTrue(view.getString("record.proof").contains("/api/v1/audit/proofs/inclusion?eventId="));

        api(clerk).contentType(ContentType.JSON).body(Map.of("reason", "罚款数额录入有误", "fineAmount", 2500))
                .post("/api/v1/disclosures/" + disclosureId[0] + "/corrections").then().statusCode(200);
        await("the correction is public", () -> given().baseUri(MajorDecisionIT.gateway)
                .get("/api/v1/public/decisions/" + disclosureId[0]).jsonPath().getInt("version") == 2);
        given().baseUri(MajorDecisionIT.gateway).get("/api/v1/public/decisions/" + disclosureId[0]).then()
                .body("corrected", equalTo(true));

        step(MajorDecisionIT.investigator, caseId, "DecisionRevoked", Map.of("reason", "行政复议决定撤销",
                "authority", "石家庄市人民政府", "effectiveOn", "2026-11-20")).then().statusCode(201);
        await("the decision is withdrawn", () -> "WITHDRAWN".equals(given().baseUri(MajorDecisionIT.gateway)
                .get("/api/v1/public/decisions/" + disclosureId[0]).jsonPath().getString("status")));
        given().baseUri(MajorDecisionIT.gateway).get("/api/v1/public/decisions/" + disclosureId[0]).then()
                .body("reason", containsString("行政复议决定撤销"));
    }
}
