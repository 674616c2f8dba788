package gov.enforcement.system;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static gov.enforcement.system.MajorDecisionIT.api;
import static gov.enforcement.system.MajorDecisionIT.await;
import static gov.enforcement.system.MajorDecisionIT.awaitClassified;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The procedures of DOMAIN.md §7 through the gateway on the one-machine stack: each case is recorded step by step
 * as an agency would, and its case file and legal review's part are checked at the end.
 */
class ProceduresIT {

    static final String AT = "2026-09-21T10:00:00+08:00";
    static final Map<String, Object> HEAD = Map.of("approver", "head-001", "position", "局长",
            "signature", "审批表〔2026〕1号", "approvedAt", AT);
    static final List<String> TWO = List.of("HB-0001", "HB-0002");

    static String clerk;

    @BeforeAll
    static void stack() {
        MajorDecisionIT.stack();
        clerk = MajorDecisionIT.token("clerk-1", "disclosure-clerk", null);
        api(MajorDecisionIT.token("admin-1", "admin", null)).contentType(ContentType.JSON).body(Map.of("autoPublish", true))
                .put("/api/v1/disclosures/policies/agencies/" + MajorDecisionIT.AGENCY).then().statusCode(200);
    }

    /** The public record of the case's one published disclosure (D-WORKFLOW: the agency publishes automatically). */
    static JsonPath publicRecordOf(String caseId) {
        String[] id = new String[1];
        await("the case's decision is public", () -> {
            List<Map<String, Object>> rows = api(clerk).get("/api/v1/disclosures").then().statusCode(200)
                    .extract().jsonPath().getList("$");
            rows.stream().filter(r -> caseId.equals(r.get("caseId")) && "PUBLISHED".equals(r.get("status")))
                    .findFirst().ifPresent(r -> id[0] = (String) r.get("disclosureId"));
            return id[0] != null && io.restassured.RestAssured.given().baseUri(MajorDecisionIT.gateway)
                    .get("/api/v1/public/decisions/" + id[0]).statusCode() == 200;
        });
        return io.restassured.RestAssured.given().baseUri(MajorDecisionIT.gateway).get("/api/v1/public/decisions/" + id[0])
                .then().extract().jsonPath();
    }

    static String register(String category, String procedure, Map<String, Object> party) {
        Map<String, Object> body = new HashMap<>(Map.of("category", category, "matter", "测试事项", "parties", List.of(party)));
        body.put("procedure", procedure);
        return api(MajorDecisionIT.investigator).contentType(ContentType.JSON).body(body).post("/api/v1/cases")
                .then().statusCode(201).extract().path("caseId");
    }

    static Map<String, Object> person() {
        return Map.of("kind", "PERSON", "name", "张三", "idNumber", "130102198001010010");
    }

    static Map<String, Object> organisation() {
        return Map.of("kind", "ORGANISATION", "name", "石家庄某某餐饮有限公司", "creditCode", "12130100MB00000019");
    }

    static void step(String caseId, String type, Map<String, Object> data) {
        step(MajorDecisionIT.investigator, caseId, type, data);
    }

    static void step(String token, String caseId, String type, Map<String, Object> data) {
        MajorDecisionIT.step(token, caseId, type, data).then().statusCode(201);
    }

    static Map<String, Object> investigation() {
        return Map.of("kind", "INVESTIGATION", "certificates", TWO, "startedAt", "2026-09-20T09:00:00+08:00",
                "endedAt", "2026-09-20T11:00:00+08:00", "summary", "现场检查");
    }

    /** The case file's step types, in order, and the case's status; the read is recorded with its purpose. */
    static JsonPath caseFile(String caseId) {
        return api(MajorDecisionIT.investigator).queryParam("purpose", "结案检查").get("/api/v1/cases/" + caseId + "/record")
                .then().statusCode(200).extract().jsonPath();
    }

    static String status(String caseId) {
        return api(MajorDecisionIT.investigator).get("/api/v1/cases/" + caseId).then().statusCode(200).extract().path("status");
    }

    /** Legal review's reviews of this case, whatever their status. */
    static List<Object> reviewsOf(String caseId) {
        return api(MajorDecisionIT.reviewer).queryParam("caseId", caseId).get("/api/v1/reviews").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    @Test
    @DisplayName("P-SIMPLE: an on-the-spot fine is decided, filed, paid through the bank and closed — no legal review")
    void simplified() {
        String caseId = register("PENALTY", "SIMPLIFIED_PENALTY", person());
        MajorDecisionIT.step(MajorDecisionIT.investigator, caseId, "OnTheSpotDecisionMade", onTheSpot(201)).then()
                .statusCode(422).body("rule", equalTo("P-SIMPLE"));
        step(caseId, "OnTheSpotDecisionMade", onTheSpot(200));
        step(caseId, "OnTheSpotDecisionFiled", Map.of("filedWith", "法规科", "filedAt", AT));
        step(caseId, "PaymentReceived", Map.of("amount", 200, "bank", "工行", "bankReference", "ICBC1", "paidAt", AT));
        step(caseId, "CaseClosed", Map.of("summary", "当场处罚执行完毕", "closedAt", AT));
        // disclosure's publication enters the file whenever it arrives: the officers' steps are what is compared
        assertEquals(List.of("CaseRegistered", "OnTheSpotDecisionMade", "OnTheSpotDecisionFiled", "PaymentReceived",
                "CaseClosed"), caseFile(caseId).getList("type").stream().filter(t -> !"DisclosurePublished".equals(t)).toList());
        assertEquals(List.of(), reviewsOf(caseId), "an on-the-spot decision is not reviewed");
        JsonPath published = publicRecordOf(caseId);
        assertEquals("PENALTY", published.getString("record.kind"));
        assertEquals("石市监当罚〔2026〕200号", published.getString("record.documentNumber"));
    }

    static Map<String, Object> onTheSpot(int fine) {
        return Map.of("documentNumber", "石市监当罚〔2026〕" + fine + "号", "penalties", List.of("FINE"), "fineAmount", fine,
                "facts", "占道经营", "legalBasis", "《城市市容和环境卫生管理条例》第三十六条", "certificates", TWO,
                "place", "中山东路", "decidedAt", AT);
    }

    @Test
    @DisplayName("P-OUTCOME: a no-penalty decision is classified, issued, served and closed, never executed")
    void noPenalty() {
        String caseId = register("PENALTY", "GENERAL_PENALTY", person());
        step(caseId, "InvestigationRecorded", investigation());
        Map<String, Object> draft = new HashMap<>(MajorDecisionIT.draft(0));
        draft.remove("fineAmount");
        draft.put("decisionType", "NO_PENALTY");
        draft.put("outcome", "NO_PENALTY");
        draft.put("noPenaltyGround", "FIRST_MINOR_VIOLATION");
        step(caseId, "DecisionDrafted", draft);
        awaitClassified(caseId, false);
        await("the no-penalty decision issues", () -> MajorDecisionIT.step(MajorDecisionIT.decider, caseId, "DecisionIssued",
                Map.of("documentNumber", "石人社监不罚〔2026〕1号")).statusCode() == 201);
        step(caseId, "DocumentServed", Map.of("document", "不予行政处罚决定书", "method", "DIRECT", "servedTo", "张三",
                "servedAt", AT));
        MajorDecisionIT.step(MajorDecisionIT.investigator, caseId, "DecisionExecuted", Map.of("how", "缴纳",
                "amountPaid", 1, "executedAt", AT)).then().statusCode(422).body("rule", equalTo("X-SEQ"));
        step(caseId, "CaseClosed", Map.of("summary", "不予处罚", "closedAt", AT));
        api(MajorDecisionIT.investigator).get("/api/v1/cases/" + caseId).then()
                .body("progress.decided.kind", equalTo("NO_PENALTY")).body("status", equalTo("CLOSED"));
        JsonPath published = publicRecordOf(caseId);
        assertEquals("NO_PENALTY", published.getString("record.kind"), "never shown as a penalty");
        assertNull(published.getString("record.penaltyCategory"));
        assertEquals("FIRST_MINOR_VIOLATION", published.getString("record.noPenaltyGround"));
    }

    @Test
    @DisplayName("P-DEFENCE, P-HEARING, P-EXECUTE: a fine paid late is surcharged, enforced by the court, and the case closes")
    void lateFineEnforcedByCourt() {
        String caseId = register("PENALTY", "GENERAL_PENALTY", person());
        step(caseId, "InvestigationRecorded", investigation());
        step(caseId, "RightsNotified", Map.of("reason", "拟作出行政处罚", "legalBasis", "《劳动保障监察条例》第二十六条",
                "rights", List.of("STATEMENT", "DEFENCE", "HEARING"), "method", "WRITTEN", "notifiedAt", AT));
        step(caseId, "StatementAndDefenceRecorded", Map.of("waived", false, "statement", "初次违法", "recordedAt", AT));
        MajorDecisionIT.step(MajorDecisionIT.investigator, caseId, "DecisionDrafted", MajorDecisionIT.draft(1000)).then()
                .statusCode(422).body("rule", equalTo("P-DEFENCE"));
        step(caseId, "DefenceReChecked", Map.of("adopted", false, "reasons", "不影响事实认定", "recheckedAt", AT));
        step(caseId, "HearingRequested", Map.of("requestedBy", "张三", "requestedAt", AT));
        MajorDecisionIT.step(MajorDecisionIT.investigator, caseId, "HearingNotified", Map.of("hearingAt",
                        "2026-09-30T09:30:00+08:00", "place", "听证室", "publicHearing", true, "hostCertificate", "HB-0001",
                        "notifiedAt", AT)).then().statusCode(422).body("rule", equalTo("X-SEPARATE"));
        step(caseId, "HearingWaived", Map.of("reason", "WITHDRAWN", "at", AT));
        step(caseId, "DecisionDrafted", MajorDecisionIT.draft(1000));
        awaitClassified(caseId, false);
        await("the decision issues", () -> MajorDecisionIT.step(MajorDecisionIT.decider, caseId, "DecisionIssued",
                Map.of("documentNumber", "石人社监罚〔2026〕31号")).statusCode() == 201);
        step(caseId, "DocumentServed", Map.of("document", "行政处罚决定书", "method", "DIRECT", "servedTo", "张三", "servedAt", AT));
        step(caseId, "PaymentNoticeIssued", Map.of("amount", 1000, "payableBy", "2026-10-14", "bank", "工行",
                "account", "0402", "issuedAt", AT));
        step(caseId, "LatePaymentSurchargeAssessed", Map.of("daysOverdue", 10, "assessedOn", "2026-10-24"));
        step(caseId, "CourtEnforcementApplied", Map.of("court", "长安区人民法院", "appliedOn", "2027-01-10"));
        MajorDecisionIT.step(MajorDecisionIT.investigator, caseId, "CaseClosed", Map.of("summary", "x", "closedAt", AT))
                .then().statusCode(422).body("rule", equalTo("X-SEQ"));
        step(caseId, "CourtEnforcementConcluded", Map.of("outcome", "ENFORCED", "amountEnforced", 1300,
                "concludedOn", "2027-02-10"));
        step(caseId, "CaseClosed", Map.of("summary", "法院强制执行完毕", "closedAt", "2027-02-11T10:00:00+08:00"));
        JsonPath file = caseFile(caseId);
        assertTrue(file.getList("type").containsAll(List.of("LatePaymentSurchargeAssessed", "CourtEnforcementConcluded",
                "CaseClosed")));
        assertEquals(300.0, ((Number) file.get("find { it.type == 'LatePaymentSurchargeAssessed' }.data.amount")).doubleValue());
    }

    @Test
    @DisplayName("P-LICENSE: a licence from application, correction and acceptance to grant, certificate and renewal")
    void licenceToRenewal() {
        String caseId = register("LICENSING", "LICENSING", organisation());
        step(caseId, "CorrectionRequested", Map.of("missing", List.of("场所平面图"), "requestedAt", AT));
        step(caseId, "CorrectionSupplied", Map.of("suppliedAt", AT));
        step(caseId, "ApplicationHandled", Map.of("acceptance", "ACCEPTED", "handledAt", AT));
        api(MajorDecisionIT.investigator).get("/api/v1/cases/" + caseId).then()
                .body("timeLimits.find { it.limit == 'DECISION' }.due", equalTo("2026-10-26"));
        step(caseId, "InvestigationRecorded", investigation());
        step(MajorDecisionIT.decider, caseId, "LicenceDecided", Map.of("granted", true, "licenceNumber", "JY113010200001", "kind", "GENERAL",
                "validFrom", "2026-10-20", "validTo", "2031-10-19", "decidedOn", "2026-10-20"));
        step(caseId, "LicenceCertificateIssued", Map.of("licenceNumber", "JY113010200001", "issuedOn", "2026-10-22"));
        step(caseId, "LicenceAltered", Map.of("change", "RENEWED", "validTo", "2036-10-19", "reason", "延续",
                "effectiveOn", "2031-10-01"));
        api(MajorDecisionIT.investigator).get("/api/v1/cases/" + caseId).then()
                .body("progress.licence.validTo", equalTo("2036-10-19")).body("status", equalTo("SERVED"));
        JsonPath published = publicRecordOf(caseId);
        assertEquals("LICENCE", published.getString("record.kind"));
        assertEquals("JY113010200001", published.getString("record.licence.number"));
        await("the renewal corrects the public licence", () -> "2036-10-19".equals(publicRecordOf(caseId)
                .getString("record.licence.validTo")));
    }

    @Test
    @DisplayName("P-COERCE, P-APPROVE, P-INSPECT: a seizure extended and released, the case withdrawn; an inspection concluded")
    void coercionAndInspection() {
        String seized = register("COERCION", "COERCIVE_MEASURE", organisation());
        step(seized, "InvestigationRecorded", investigation());
        step(seized, "PropertySealed", Map.of("measure", "SEIZURE", "items", List.of("过期食品 120 箱"), "certificates", TWO,
                "from", "2026-09-21", "until", "2026-10-20", "approval", HEAD));
        step(seized, "SealingExtended", Map.of("until", "2026-11-19", "reason", "检验", "approval", HEAD));
        MajorDecisionIT.step(MajorDecisionIT.investigator, seized, "CaseWithdrawn", Map.of("reason", "x", "approval", HEAD,
                "withdrawnAt", AT)).then().statusCode(422).body("rule", equalTo("P-COERCE"));
        step(seized, "SealingEnded", Map.of("ending", "RELEASED", "reason", "检验合格", "endedOn", "2026-11-01"));
        step(seized, "CaseWithdrawn", Map.of("reason", "违法事实不能成立", "approval", HEAD, "withdrawnAt", AT));
        assertEquals("CLOSED", status(seized));

        String inspected = register("INSPECTION", "INSPECTION", organisation());
        step(inspected, "InvestigationRecorded", investigation());
        step(inspected, "InspectionConcluded", Map.of("subject", "石家庄某某餐饮有限公司", "items", List.of("健康证明"),
                "result", "COMPLIANT", "findings", "未发现问题", "concludedAt", AT));
        step(inspected, "CaseClosed", Map.of("summary", "检查结束", "closedAt", AT));
        assertEquals("CLOSED", status(inspected));
    }

    @Test
    @DisplayName("X-SEQ: a step outside the case's procedure names the procedure, the state and the steps allowed next")
    void stepOutsideProcedure() {
        String caseId = register("PENALTY", "SIMPLIFIED_PENALTY", person());
        MajorDecisionIT.step(MajorDecisionIT.investigator, caseId, "DecisionDrafted", MajorDecisionIT.draft(100)).then()
                .statusCode(422).contentType("application/problem+json").body("rule", equalTo("X-SEQ"))
                .body("procedure", equalTo("SIMPLIFIED_PENALTY")).body("currentState", equalTo("REGISTERED"))
                .body("allowedNext", hasItem("OnTheSpotDecisionMade"));
    }

    @Test
    @DisplayName("P-MASTER, P-TIME: the registries' matter profile and discretion benchmark reach recording and hold its cases to them")
    void masterDataFromTheRegistries() {
        String code = "SJ-CF-" + System.nanoTime();
        api(clerk).contentType(ContentType.JSON).body(Map.of("matterCode", code, "matter", "销售不合格产品",
                        "legalBasis", "《产品质量法》第四十九条", "procedure", Map.of("procedures", List.of("GENERAL_PENALTY"),
                                "decisionDays", 30, "audioVisual", List.of())))
                .post("/api/v1/registries/powers").then().statusCode(200);
        Map<String, Object> onTheSpot = new HashMap<>(Map.of("category", "PENALTY", "matterCode", code,
                "procedure", "SIMPLIFIED_PENALTY", "parties", List.of(person())));
        // until the PowerPublished event arrives the code is unknown (422 naming matterCode); then the profile refuses
        await("recording holds the matter's profile", () -> "procedure".equals(api(MajorDecisionIT.investigator)
                .contentType(ContentType.JSON).body(onTheSpot).post("/api/v1/cases").then().statusCode(422)
                .body("rule", equalTo("P-MASTER")).extract().jsonPath().getString("errors[0].field")));
        onTheSpot.put("procedure", "GENERAL_PENALTY");
        String caseId = api(MajorDecisionIT.investigator).contentType(ContentType.JSON).body(onTheSpot).post("/api/v1/cases")
                .then().statusCode(201).extract().path("caseId");
        String due = api(MajorDecisionIT.investigator).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .extract().path("timeLimits.find { it.limit == 'DECISION' }.due");
        assertEquals(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(30).toString(), due);

        String benchmark = "BM-" + System.nanoTime();
        api(clerk).contentType(ContentType.JSON).body(Map.of("matterCode", code, "circumstance", "货值金额5万元以下",
                        "legalBasis", "《产品质量法》第四十九条", "fineMin", 500, "fineMax", 5000, "penaltyKinds", List.of("FINE"),
                        "effectiveFrom", "2026-01-01"))
                .put("/api/v1/registries/benchmarks/" + benchmark).then().statusCode(200);
        io.restassured.RestAssured.given().baseUri(MajorDecisionIT.gateway)
                .get("/api/v1/public/benchmarks?agency=" + MajorDecisionIT.AGENCY).then().statusCode(200)
                .body("code", hasItem(benchmark));
        step(caseId, "InvestigationRecorded", investigation());
        step(caseId, "RightsNotified", Map.of("reason", "拟作出行政处罚", "legalBasis", "《产品质量法》第四十九条",
                "rights", List.of("STATEMENT", "DEFENCE"), "method", "WRITTEN", "notifiedAt", AT));
        Map<String, Object> outside = new HashMap<>(MajorDecisionIT.draft(8000));
        outside.put("discretionBenchmarkCode", benchmark);
        await("recording holds the benchmark", () -> "fineAmount".equals(MajorDecisionIT.step(MajorDecisionIT.investigator,
                caseId, "DecisionDrafted", outside).then().statusCode(422).extract().jsonPath().getString("errors[0].field")));
        Map<String, Object> inside = new HashMap<>(MajorDecisionIT.draft(3000));
        inside.put("discretionBenchmarkCode", benchmark);
        step(caseId, "DecisionDrafted", inside);
        assertEquals(benchmark, caseFile(caseId).getString("find { it.type == 'DecisionDrafted' }.data.discretionBenchmarkCode"));
    }

    @Test
    @DisplayName("Party classes: an on-the-spot fine on an individual business is public as INDIVIDUAL_BUSINESS, its operator masked")
    void individualBusinessPublished() {
        Map<String, Object> business = Map.of("kind", "INDIVIDUAL_BUSINESS", "name", "长安区陈建国小吃店",
                "operator", Map.of("name", "陈建国", "certificateType", "RESIDENT_ID", "certificateNumber", "130102198001010010"));
        String caseId = register("PENALTY", "SIMPLIFIED_PENALTY", business);
        step(caseId, "OnTheSpotDecisionMade", onTheSpot(200));
        JsonPath published = publicRecordOf(caseId);
        assertEquals("INDIVIDUAL_BUSINESS", published.getString("record.parties[0].type"));
        assertTrue(!published.prettify().contains("陈建国"), published.prettify());
    }

    @Test
    @DisplayName("P-REDECIDE, D-WITHDRAW: a decision changed on reconsideration is withdrawn from public, decided again, and the new record names the one it replaces")
    void redecidedAfterChange() {
        String caseId = register("PENALTY", "GENERAL_PENALTY", person());
        step(caseId, "InvestigationRecorded", investigation());
        step(caseId, "RightsNotified", Map.of("reason", "拟作出行政处罚", "legalBasis", "《劳动保障监察条例》第二十六条",
                "rights", List.of("STATEMENT", "DEFENCE"), "method", "WRITTEN", "notifiedAt", AT));
        step(caseId, "DecisionDrafted", MajorDecisionIT.draft(1000));
        awaitClassified(caseId, false);
        await("the first decision issues", () -> MajorDecisionIT.step(MajorDecisionIT.decider, caseId, "DecisionIssued",
                Map.of("documentNumber", "石人社监罚〔2026〕71号")).statusCode() == 201);
        step(caseId, "DocumentServed", Map.of("document", "行政处罚决定书", "method", "DIRECT", "servedTo", "张三",
                "servedAt", AT));
        String first = publicRecordOf(caseId).getString("disclosureId");

        step(caseId, "DecisionChanged", Map.of("reason", "复议决定变更罚款数额", "authority", "石家庄市人民政府",
                "effectiveOn", "2026-10-20"));
        await("the changed decision is withdrawn: its address shows a tombstone", () -> "WITHDRAWN".equals(
                io.restassured.RestAssured.given().baseUri(MajorDecisionIT.gateway)
                        .get("/api/v1/public/decisions/" + first).then().extract().path("status")));
        step(caseId, "DecisionDrafted", MajorDecisionIT.draft(500));
        awaitClassified(caseId, false);
        await("the new decision issues", () -> MajorDecisionIT.step(MajorDecisionIT.decider, caseId, "DecisionIssued",
                Map.of("documentNumber", "石人社监罚〔2026〕72号")).statusCode() == 201);
        JsonPath second = publicRecordOf(caseId);
        assertEquals(first, second.getString("record.replaces.disclosureId"));
        assertEquals("石人社监罚〔2026〕72号", second.getString("record.documentNumber"));
        io.restassured.RestAssured.given().baseUri(MajorDecisionIT.gateway).get("/api/v1/public/decisions/" + first)
                .then().statusCode(200).body("status", equalTo("WITHDRAWN")).body("replacedBy", org.hamcrest.Matchers.notNullValue());
        List<String> steps = caseFile(caseId).getList("type");
        assertTrue(steps.indexOf("DecisionChanged") < steps.lastIndexOf("DecisionIssued"), steps.toString());
    }

    @Test
    @DisplayName("P-OUTCOME, P-APPROVE: a case withdrawn with the head's approval closes, one transferred to the police ends as such; neither is published")
    void withdrawnAndTransferred() {
        String withdrawn = register("PENALTY", "GENERAL_PENALTY", person());
        step(withdrawn, "InvestigationRecorded", investigation());
        MajorDecisionIT.step(MajorDecisionIT.investigator, withdrawn, "CaseWithdrawn", Map.of("reason", "违法事实不能成立",
                "withdrawnAt", AT)).then().statusCode(422).body("rule", equalTo("P-APPROVE"));
        step(withdrawn, "CaseWithdrawn", Map.of("reason", "违法事实不能成立", "approval", HEAD, "withdrawnAt", AT));
        assertEquals("CLOSED", status(withdrawn));

        String transferred = register("PENALTY", "GENERAL_PENALTY", person());
        step(transferred, "InvestigationRecorded", investigation());
        step(transferred, "CaseTransferred", Map.of("transferredTo", "石家庄市公安局长安分局", "reason", "涉嫌拒不支付劳动报酬罪",
                "transferredAt", AT, "recipient", "JUDICIAL_ORGAN"));
        assertEquals("TRANSFERRED", status(transferred));
        MajorDecisionIT.step(MajorDecisionIT.investigator, transferred, "DecisionDrafted", MajorDecisionIT.draft(1000)).then()
                .statusCode(422).body("rule", equalTo("X-SEQ"));
        List<Map<String, Object>> disclosures = api(clerk).get("/api/v1/disclosures").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertTrue(disclosures.stream().noneMatch(d -> withdrawn.equals(d.get("caseId")) || transferred.equals(d.get("caseId"))),
                "nothing was decided, so nothing is disclosed");
    }
}
