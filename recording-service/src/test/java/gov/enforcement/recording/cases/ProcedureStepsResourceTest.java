package gov.enforcement.recording.cases;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.events.Topics;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static gov.enforcement.recording.cases.CaseStepsResourceTest.DECIDER;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.INVESTIGATOR;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.append;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.eventsOf;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.investigation;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.rights;
import static gov.enforcement.recording.cases.FactsConsumerTest.awaitVersion;
import static gov.enforcement.recording.cases.FactsConsumerTest.data;
import static gov.enforcement.recording.cases.FactsConsumerTest.fact;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The procedures of DOMAIN.md §7 through the REST API on the real servers: each walk records every step of its
 * procedure, and the refusals answer 422 naming their rule with nothing appended.
 */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class ProcedureStepsResourceTest {

    static final String AT = "2026-09-21T10:00:00+08:00";
    static final Map<String, Object> HEAD = Map.of("approver", "head-001", "position", "局长",
            "signature", "审批表〔2026〕1号", "approvedAt", AT);

    static String register(String category, String procedure, Map<String, Object> party) {
        Map<String, Object> body = new HashMap<>(Map.of("category", category, "matter", "测试事项",
                "parties", List.of(party), "officers", List.of(Map.of("name", "李四", "certificate", "HB-0001"),
                        Map.of("name", "王五", "certificate", "HB-0002"))));
        body.put("procedure", procedure);
        return given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON).body(body).post("/api/v1/cases")
                .then().statusCode(201).extract().path("caseId");
    }

    static Map<String, Object> person() {
        return Map.of("kind", "PERSON", "name", "张三", "idNumber", TestAgencies.PERSON_ID);
    }

    static Map<String, Object> organisation() {
        return Map.of("kind", "ORGANISATION", "name", "石家庄某某餐饮有限公司", "creditCode", TestAgencies.AGENCY_B);
    }

    static void step(String caseId, String type, Map<String, Object> data) {
        append(INVESTIGATOR, caseId, type, data).then().statusCode(201);
    }

    static String status(String caseId) {
        return given().auth().oauth2(INVESTIGATOR).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .extract().path("status");
    }

    /** P-SIMPLE: decided on the spot, filed, part paid, the rest terminated with approval, closed. */
    static String simplifiedCase() {
        String caseId = register("PENALTY", "SIMPLIFIED_PENALTY", person());
        step(caseId, "OnTheSpotDecisionMade", Map.of("documentNumber", "石市监当罚〔2026〕1号", "penalties", List.of("FINE"),
                "fineAmount", 200, "facts", "占道经营", "legalBasis", "《城市市容和环境卫生管理条例》第三十六条",
                "certificates", List.of("HB-0001", "HB-0002"), "place", "中山东路", "decidedAt", AT));
        step(caseId, "OnTheSpotDecisionFiled", Map.of("filedWith", "法规科", "filedAt", AT));
        step(caseId, "PaymentReceived", Map.of("amount", 100, "bank", "工行", "bankReference", "ICBC1", "paidAt", AT));
        step(caseId, "ExecutionTerminated", Map.of("reason", "当事人死亡，无遗产可供执行", "terminatedOn", "2026-10-20",
                "approval", HEAD));
        step(caseId, "CaseClosed", Map.of("summary", "终结执行", "closedAt", AT));
        return caseId;
    }

    /** P-OUTCOME: a no-penalty decision after investigation, served, closed; then changed on reconsideration. */
    static String noPenaltyCase() {
        String caseId = register("PENALTY", "GENERAL_PENALTY", person());
        step(caseId, "InvestigationRecorded", investigation());
        Map<String, Object> draft = new HashMap<>(CaseStepsResourceTest.draft(0));
        draft.put("outcome", "NO_PENALTY");
        draft.put("noPenaltyGround", "FIRST_MINOR_VIOLATION");
        draft.put("decisionType", "NO_PENALTY");
        draft.remove("fineAmount");
        step(caseId, "DecisionDrafted", draft);
        classify(caseId);
        append(DECIDER, caseId, "DecisionIssued", Map.of("documentNumber", "石人社监不罚〔2026〕1号")).then().statusCode(201);
        step(caseId, "DocumentServed", Map.of("document", "不予行政处罚决定书", "method", "DIRECT", "servedTo", "张三",
                "servedAt", AT));
        append(INVESTIGATOR, caseId, "DecisionExecuted", Map.of("how", "x", "amountPaid", 1, "executedAt", AT))
                .then().statusCode(422).body("rule", equalTo("X-SEQ"));
        step(caseId, "DecisionChanged", Map.of("reason", "复议变更", "authority", "石家庄市人民政府", "effectiveOn", "2026-11-02"));
        return caseId;
    }

    /** Legal review says the current draft is not major: the gate opens without an opinion. */
    static void classify(String caseId) {
        String hash = given().auth().oauth2(INVESTIGATOR).get("/api/v1/cases/" + caseId).then().extract().path("draft.hash");
        long before = eventsOf(caseId);
        ObjectNode classified = data().put("draftHash", hash).put("major", false).put("catalogueVersion", "2026.1");
        classified.putArray("criteria");
        TestEvents.send(Topics.REVIEW_EVENTS, fact("review", Topics.REVIEW_EVENTS, "DecisionClassified", caseId, classified));
        awaitVersion(caseId, before + 1);
    }

    /** P-DEFENCE, P-HEARING, P-TIME, P-EXECUTE: a fine paid late in part, refused by the court, executed coercively. */
    static String executionCase() {
        String caseId = register("PENALTY", "GENERAL_PENALTY", person());
        step(caseId, "InvestigationRecorded", investigation());
        step(caseId, "TimeLimitExtended", Map.of("limit", "DECISION", "extendedTo", "2027-06-30", "reason", "案情复杂",
                "approval", HEAD));
        step(caseId, "RightsNotified", rights());
        step(caseId, "RecusalDecided", Map.of("requestedBy", "张三", "officerCertificate", "HB-0001", "granted", false,
                "reasons", "无利害关系", "approval", HEAD));
        step(caseId, "StatementAndDefenceRecorded", Map.of("waived", false, "statement", "初次违法", "recordedAt", AT));
        step(caseId, "DefenceReChecked", Map.of("adopted", false, "reasons", "不影响事实认定", "recheckedAt", AT));
        step(caseId, "HearingRequested", Map.of("requestedBy", "张三", "requestedAt", AT));
        step(caseId, "HearingNotified", Map.of("hearingAt", "2026-09-30T09:30:00+08:00", "place", "听证室",
                "publicHearing", true, "hostCertificate", "HB-0003", "notifiedAt", AT));
        step(caseId, "HearingWaived", Map.of("reason", "NO_SHOW", "at", "2026-09-30T10:00:00+08:00"));
        step(caseId, "DecisionDrafted", CaseStepsResourceTest.draft(1000));
        classify(caseId);
        append(DECIDER, caseId, "DecisionIssued", Map.of("documentNumber", "石人社监罚〔2026〕21号")).then().statusCode(201);
        step(caseId, "DocumentServed", Map.of("document", "行政处罚决定书", "method", "DIRECT", "servedTo", "张三",
                "servedAt", AT));
        step(caseId, "PaymentNoticeIssued", Map.of("amount", 1000, "payableBy", "2026-10-14", "bank", "工行",
                "account", "0402", "issuedAt", AT));
        step(caseId, "PaymentDeferred", Map.of("arrangement", "DEFERRAL", "payableBy", "2026-10-20", "approval", HEAD));
        step(caseId, "LatePaymentSurchargeAssessed", Map.of("daysOverdue", 10, "assessedOn", "2026-10-30"));
        step(caseId, "PaymentReceived", Map.of("amount", 500, "bank", "工行", "bankReference", "ICBC2", "paidAt", AT));
        step(caseId, "CourtEnforcementApplied", Map.of("court", "长安区人民法院", "appliedOn", "2027-01-10"));
        step(caseId, "CourtEnforcementConcluded", Map.of("outcome", "REFUSED", "concludedOn", "2027-02-10"));
        step(caseId, "ExecutionDemanded", Map.of("obligation", "缴纳罚款及加处罚款", "demandedAt", "2027-02-11T10:00:00+08:00",
                "complyBy", "2027-02-21"));
        step(caseId, "CoerciveExecutionCarriedOut", Map.of("by", "AGENCY", "summary", "依法划拨存款",
                "carriedOutAt", "2027-02-22T10:00:00+08:00"));
        step(caseId, "CaseClosed", Map.of("summary", "执行完毕", "closedAt", "2027-02-23T10:00:00+08:00"));
        return caseId;
    }

    /** P-COERCE: a seizure, extended, ended; the case withdrawn with approval. */
    static String coercionCase() {
        String caseId = register("COERCION", "COERCIVE_MEASURE", organisation());
        step(caseId, "InvestigationRecorded", investigation());
        step(caseId, "PropertySealed", Map.of("measure", "SEIZURE", "items", List.of("过期食品 120 箱"),
                "certificates", List.of("HB-0001", "HB-0002"), "from", "2026-09-21", "until", "2026-10-20", "approval", HEAD));
        step(caseId, "SealingExtended", Map.of("until", "2026-11-19", "reason", "检验", "approval", HEAD));
        step(caseId, "SealingEnded", Map.of("ending", "RELEASED", "reason", "检验合格", "endedOn", "2026-11-01"));
        step(caseId, "CaseWithdrawn", Map.of("reason", "违法事实不能成立", "approval", HEAD, "withdrawnAt", AT));
        return caseId;
    }

    /** P-LICENSE: corrected, accepted, examined, granted, certificate, renewed, closed. */
    static String licensingCase() {
        String caseId = register("LICENSING", "LICENSING", organisation());
        step(caseId, "CorrectionRequested", Map.of("missing", List.of("场所平面图"), "requestedAt", AT));
        step(caseId, "CorrectionSupplied", Map.of("suppliedAt", AT));
        step(caseId, "ApplicationHandled", Map.of("acceptance", "ACCEPTED", "handledAt", AT));
        step(caseId, "InvestigationRecorded", investigation());
        append(INVESTIGATOR, caseId, "LicenceDecided", granted()).then().statusCode(422).body("rule", equalTo("X-SEPARATE"));
        append(DECIDER, caseId, "LicenceDecided", granted()).then().statusCode(201);
        step(caseId, "LicenceCertificateIssued", Map.of("licenceNumber", "JY113010200001", "issuedOn", "2026-10-22"));
        step(caseId, "LicenceAltered", Map.of("change", "RENEWED", "validTo", "2036-10-19", "reason", "延续",
                "effectiveOn", "2031-10-01"));
        step(caseId, "CaseClosed", Map.of("summary", "许可办结", "closedAt", AT));
        return caseId;
    }

    static Map<String, Object> granted() {
        return Map.of("granted", true, "licenceNumber", "JY113010200001", "kind", "GENERAL",
                "validFrom", "2026-10-20", "validTo", "2031-10-19", "decidedOn", "2026-10-20");
    }

    /** P-INSPECT: inspected, concluded, closed. */
    static String inspectionCase() {
        String caseId = register("INSPECTION", "INSPECTION", organisation());
        step(caseId, "InvestigationRecorded", investigation());
        step(caseId, "InspectionConcluded", Map.of("subject", "石家庄某某餐饮有限公司", "items", List.of("健康证明"),
                "result", "COMPLIANT", "findings", "未发现问题", "concludedAt", AT));
        step(caseId, "CaseClosed", Map.of("summary", "检查结束", "closedAt", AT));
        return caseId;
    }

    @Test
    @DisplayName("P-SIMPLE, P-EXECUTE: an on-the-spot fine, filed, part paid, terminated, closed")
    void simplified() {
        assertEquals("CLOSED", status(simplifiedCase()));
    }

    @Test
    @DisplayName("P-OUTCOME, P-REDECIDE: a no-penalty decision is served, never executed, and can be changed")
    void noPenalty() {
        String caseId = noPenaltyCase();
        given().auth().oauth2(INVESTIGATOR).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("progress.earlierDecisions[0].documentNumber", equalTo("石人社监不罚〔2026〕1号"));
    }

    @Test
    @DisplayName("P-DEFENCE, P-HEARING, P-TIME, P-EXECUTE, P-COERCE: a late fine enforced, then closed")
    void execution() {
        String caseId = executionCase();
        assertEquals("CLOSED", status(caseId));
        var progress = given().auth().oauth2(INVESTIGATOR).get("/api/v1/cases/" + caseId).then()
                .body("progress.decisionDue", equalTo("2027-06-30")).extract().jsonPath();
        assertEquals(0, new java.math.BigDecimal("300").compareTo(
                new java.math.BigDecimal(progress.getString("progress.execution.surcharge"))));
    }

    @Test
    @DisplayName("P-COERCE, P-LICENSE, P-INSPECT: a seizure, a licence to renewal, an inspection")
    void otherProcedures() {
        assertEquals("CLOSED", status(coercionCase()));
        assertEquals("CLOSED", status(licensingCase()));
        assertEquals("CLOSED", status(inspectionCase()));
    }

    @Test
    @DisplayName("P-SIMPLE, P-APPROVE, X-SEQ, X-SEPARATE: refusals answer 422 naming the rule and append nothing")
    void refusalsAppendNothing() {
        String onTheSpot = register("PENALTY", "SIMPLIFIED_PENALTY", person());
        long before = eventsOf(onTheSpot);
        append(INVESTIGATOR, onTheSpot, "OnTheSpotDecisionMade", Map.of("documentNumber", "1号", "penalties", List.of("FINE"),
                "fineAmount", 201, "facts", "占道", "legalBasis", "条例", "certificates", List.of("HB-0001", "HB-0002"),
                "place", "街", "decidedAt", AT)).then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("P-SIMPLE"));
        append(INVESTIGATOR, onTheSpot, "DecisionDrafted", CaseStepsResourceTest.draft(100)).then().statusCode(422)
                .body("rule", equalTo("X-SEQ")).body("procedure", equalTo("SIMPLIFIED_PENALTY"))
                .body("allowedNext", hasItem("OnTheSpotDecisionMade"));
        append(INVESTIGATOR, onTheSpot, "CaseWithdrawn", Map.of("reason", "x", "withdrawnAt", AT)).then().statusCode(422)
                .body("rule", equalTo("P-APPROVE"));
        assertEquals(before, eventsOf(onTheSpot));

        String general = register("PENALTY", "GENERAL_PENALTY", person());
        step(general, "InvestigationRecorded", investigation());
        step(general, "RightsNotified", rights());
        step(general, "HearingRequested", Map.of("requestedBy", "张三", "requestedAt", AT));
        long notified = eventsOf(general);
        append(INVESTIGATOR, general, "HearingNotified", Map.of("hearingAt", "2026-09-30T09:30:00+08:00", "place", "听证室",
                "publicHearing", true, "hostCertificate", "HB-0001", "notifiedAt", AT)).then().statusCode(422)
                .body("rule", equalTo("X-SEPARATE"));
        assertEquals(notified, eventsOf(general));

        given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON).body(Map.of("category", "INSPECTION",
                        "matter", "x", "parties", List.of(person()), "procedure", "SIMPLIFIED_PENALTY"))
                .post("/api/v1/cases").then().statusCode(422).body("rule", equalTo("X-SEQ"));
    }
}
