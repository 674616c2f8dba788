package gov.enforcement.recording.cases;

import gov.enforcement.recording.cases.domain.Party;

import gov.enforcement.testing.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static gov.enforcement.recording.cases.CaseStepsResourceTest.INVESTIGATOR;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.append;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.eventsOf;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.investigation;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.newCase;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.rights;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** P-MASTER through the API: penalty kinds, party classes, coded matters and discretion benchmarks. */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class MasterDataResourceTest {

    static String notifiedCase() {
        String caseId = newCase();
        append(INVESTIGATOR, caseId, "InvestigationRecorded", investigation()).then().statusCode(201);
        append(INVESTIGATOR, caseId, "RightsNotified", rights()).then().statusCode(201);
        return caseId;
    }

    static Map<String, Object> draftWith(Object penaltyKinds) {
        Map<String, Object> draft = new HashMap<>(CaseStepsResourceTest.draft(5000));
        draft.put("penaltyKinds", penaltyKinds);
        return draft;
    }

    @Test
    @DisplayName("P-MASTER: an unknown penalty-kind code is 422 naming penaltyKinds[i], and nothing is appended")
    void unknownPenaltyKindNamesTheField() {
        String caseId = notifiedCase();
        long before = eventsOf(caseId);
        append(INVESTIGATOR, caseId, "DecisionDrafted", draftWith(List.of("FINE", "PUBLIC_SHAMING"))).then()
                .statusCode(422).body("rule", equalTo("P-MASTER")).body("errors[0].field", equalTo("penaltyKinds[1]"));
        assertEquals(before, eventsOf(caseId));
    }

    @Test
    @DisplayName("P-MASTER: a draft's penalty kinds are kept in the case file in art 9's order; a FINE without amount is 422")
    void penaltyKindsAreRecorded() {
        String caseId = notifiedCase();
        Map<String, Object> noFine = draftWith(List.of("FINE", "WARNING"));
        noFine.remove("fineAmount");
        append(INVESTIGATOR, caseId, "DecisionDrafted", noFine).then().statusCode(422)
                .body("rule", equalTo("P-MASTER")).body("errors[0].field", equalTo("fineAmount"));
        append(INVESTIGATOR, caseId, "DecisionDrafted", draftWith(List.of("FINE", "WARNING"))).then().statusCode(201);
        given().auth().oauth2(INVESTIGATOR).queryParam("purpose", "办案").get("/api/v1/cases/" + caseId + "/record")
                .then().statusCode(200).body("[3].type", equalTo("DecisionDrafted"))
                .body("[3].data.penaltyKinds", contains("WARNING", "FINE"));
    }
    static Map<String, Object> caseAgainst(List<Map<String, Object>> parties) {
        Map<String, Object> registration = new HashMap<>(CaseResourceTest.penaltyCase());
        registration.put("parties", parties);
        return registration;
    }

    @Test
    @DisplayName("Party classes (DOMAIN.md §1): a foreigner, an individual business and an organisation without a credit code are registered")
    void partyClassesAreRegistered() {
        Map<String, Object> foreigner = Map.of("kind", "PERSON", "name", "John Smith", "certificateType", "PASSPORT",
                "certificateNumber", "E12345678");
        Map<String, Object> business = Map.of("kind", "INDIVIDUAL_BUSINESS", "name", "长安区建国劳务服务部",
                "operator", Map.of("name", "陈建国", "certificateType", "TAIWAN_PERMIT", "certificateNumber", "12345678"));
        Map<String, Object> association = Map.of("kind", "ORGANISATION", "name", "石家庄市某某协会",
                "registrationType", "SOCIAL_ORGANISATION", "registrationNumber", "冀民证字第010203号",
                "legalRepresentative", Map.of("name", "刘志强", "certificateType", "RESIDENT_ID",
                        "certificateNumber", "130102197505050011"));
        String caseId = CaseResourceTest.register(INVESTIGATOR, caseAgainst(List.of(foreigner, business, association)))
                .then().statusCode(201).extract().path("caseId");
        given().auth().oauth2(INVESTIGATOR).queryParam("purpose", "办案").get("/api/v1/cases/" + caseId + "/record")
                .then().statusCode(200).body("[0].data.parties[0].certificateType", equalTo("PASSPORT"))
                .body("[0].data.parties[1].operator.certificateType", equalTo("TAIWAN_PERMIT"))
                .body("[0].data.parties[2].registrationType", equalTo("SOCIAL_ORGANISATION"))
                .body("[0].data.parties[2].legalRepresentative.name", equalTo("刘志强"));
    }

    @Test
    @DisplayName("Party classes: bad party data is 400 naming the field, e.g. parties[0].certificateNumber")
    void badPartyDataNamesTheField() {
        CaseResourceTest.register(INVESTIGATOR, caseAgainst(List.of(Map.of("kind", "PERSON", "name", "John Smith",
                        "certificateType", "HK_MACAO_PERMIT", "certificateNumber", "X1"))))
                .then().statusCode(400).body("errors[0].field", equalTo("parties[0].certificateNumber"));
        CaseResourceTest.register(INVESTIGATOR, caseAgainst(List.of(Map.of("kind", "INDIVIDUAL_BUSINESS", "name", "某某小吃店"))))
                .then().statusCode(400).body("errors[0].field", equalTo("parties[0].operator"));
        CaseResourceTest.register(INVESTIGATOR, caseAgainst(List.of(Map.of("kind", "PERSON", "name", "张三",
                        "certificateType", "DRIVING_LICENCE", "certificateNumber", "X1"))))
                .then().statusCode(400).body("errors[0].field", equalTo("parties[0].certificateType"));
    }
    static void publishPower(String agency, String matterCode, String matter) {
        String entryId = java.util.UUID.randomUUID().toString();
        gov.enforcement.testing.TestEvents.send(gov.enforcement.events.Topics.REGISTRY_EVENTS, FactsConsumerTest.fact("registry",
                gov.enforcement.events.Topics.REGISTRY_EVENTS, "PowerPublished", entryId, FactsConsumerTest.data()
                        .put("entryId", entryId).put("agency", agency).put("version", 1).put("matterCode", matterCode)
                        .put("matter", matter).put("legalBasis", "《劳动保障监察条例》第二十六条")));
        gov.enforcement.testing.TestDatabase.awaitCount("select count(*) from registry_matters where matter_code = '"
                + matterCode + "' and agency = '" + agency + "'", 1, java.time.Duration.ofSeconds(30));
    }

    @Test
    @DisplayName("P-MASTER, D-PRE-POWERS: a case names its matter by a code of the agency's published powers list; an unknown code is 422 naming matterCode")
    void codedMatters() {
        String code = "RS-CF-" + System.nanoTime();
        String other = code + "-B";
        publishPower(gov.enforcement.testing.TestAgencies.AGENCY_A, code, "对未按时足额支付劳动报酬的行政处罚");
        publishPower(gov.enforcement.testing.TestAgencies.AGENCY_B, other, "另一机关的事项");

        Map<String, Object> registration = new HashMap<>(CaseResourceTest.penaltyCase());
        registration.remove("matter");
        registration.put("matterCode", code);
        String caseId = CaseResourceTest.register(INVESTIGATOR, registration).then().statusCode(201).extract().path("caseId");
        given().auth().oauth2(INVESTIGATOR).queryParam("purpose", "办案").get("/api/v1/cases/" + caseId + "/record")
                .then().statusCode(200).body("[0].data.matterCode", equalTo(code))
                .body("[0].data.matter", equalTo("对未按时足额支付劳动报酬的行政处罚"));

        registration.put("matterCode", "NO-SUCH-" + code);
        CaseResourceTest.register(INVESTIGATOR, registration).then().statusCode(422)
                .body("rule", equalTo("P-MASTER")).body("errors[0].field", equalTo("matterCode"));
        registration.put("matterCode", other);
        CaseResourceTest.register(INVESTIGATOR, registration).then().statusCode(422)
                .body("rule", equalTo("P-MASTER")).body("errors[0].field", equalTo("matterCode"));
        registration.remove("matterCode");
        CaseResourceTest.register(INVESTIGATOR, registration).then().statusCode(400)
                .body("errors[0].field", equalTo("matter"));
    }

    static void publishPowerWith(String agency, String matterCode, Map<String, Object> procedure) {
        String entryId = java.util.UUID.randomUUID().toString();
        var data = FactsConsumerTest.data().put("entryId", entryId).put("agency", agency).put("version", 1)
                .put("matterCode", matterCode).put("matter", "销售不合格产品").put("legalBasis", "《产品质量法》第四十九条");
        data.set("procedure", gov.enforcement.events.CloudEventCodec.mapper().valueToTree(procedure));
        gov.enforcement.testing.TestEvents.send(gov.enforcement.events.Topics.REGISTRY_EVENTS, FactsConsumerTest.fact("registry",
                gov.enforcement.events.Topics.REGISTRY_EVENTS, "PowerPublished", entryId, data));
        gov.enforcement.testing.TestDatabase.awaitCount("select count(*) from registry_matters where matter_code = '"
                + matterCode + "' and profile is not null", 1, java.time.Duration.ofSeconds(30));
    }

    static void publishBenchmark(String agency, String code, int fineMin, int fineMax) {
        String entryId = java.util.UUID.randomUUID().toString();
        var data = FactsConsumerTest.data().put("entryId", entryId).put("agency", agency).put("version", 1)
                .put("code", code).putNull("matterCode").put("circumstance", "拖欠人数10人以上30人以下")
                .put("legalBasis", "《劳动保障监察条例》第二十六条").put("fineMin", Integer.toString(fineMin))
                .put("fineMax", Integer.toString(fineMax)).put("effectiveFrom", "2026-01-01");
        data.putArray("penaltyKinds").add("FINE");
        gov.enforcement.testing.TestEvents.send(gov.enforcement.events.Topics.REGISTRY_EVENTS, FactsConsumerTest.fact("registry",
                gov.enforcement.events.Topics.REGISTRY_EVENTS, "DiscretionBenchmarkPublished", entryId, data));
        gov.enforcement.testing.TestDatabase.awaitCount("select count(*) from registry_benchmarks where code = '"
                + code + "'", 1, java.time.Duration.ofSeconds(30));
    }

    @Test
    @DisplayName("P-MASTER, P-TIME: a matter's published profile rules out a procedure and sets the decision limit of its cases")
    void matterProfiles() {
        String code = "SJ-CF-" + System.nanoTime();
        publishPowerWith(gov.enforcement.testing.TestAgencies.AGENCY_A, code, Map.of("procedures", List.of("GENERAL_PENALTY"),
                "decisionDays", 30, "audioVisual", List.of()));
        Map<String, Object> registration = new HashMap<>(CaseResourceTest.penaltyCase());
        registration.remove("matter");
        registration.put("matterCode", code);
        registration.put("procedure", "SIMPLIFIED_PENALTY");
        CaseResourceTest.register(INVESTIGATOR, registration).then().statusCode(422)
                .body("rule", equalTo("P-MASTER")).body("errors[0].field", equalTo("procedure"));
        registration.remove("procedure");
        String caseId = CaseResourceTest.register(INVESTIGATOR, registration).then().statusCode(201).extract().path("caseId");
        given().auth().oauth2(INVESTIGATOR).queryParam("purpose", "办案").get("/api/v1/cases/" + caseId + "/record")
                .then().statusCode(200).body("[0].data.profile.decisionDays", equalTo(30));
        String registeredOn = given().auth().oauth2(INVESTIGATOR).queryParam("purpose", "办案").get("/api/v1/cases/" + caseId)
                .then().statusCode(200).extract().path("timeLimits.find { it.limit == 'DECISION' }.due");
        assertEquals(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(30).toString(), registeredOn);
    }

    @Test
    @DisplayName("P-MASTER: a draft cites a published discretion benchmark by code and stays inside its fine range")
    void draftsCiteBenchmarks() {
        String code = "BM-" + System.nanoTime();
        publishBenchmark(gov.enforcement.testing.TestAgencies.AGENCY_A, code, 2000, 5000);
        String caseId = notifiedCase();
        long before = eventsOf(caseId);
        Map<String, Object> unknown = draftWith(List.of("FINE"));
        unknown.put("discretionBenchmarkCode", "NO-SUCH-" + code);
        append(INVESTIGATOR, caseId, "DecisionDrafted", unknown).then().statusCode(422)
                .body("rule", equalTo("P-MASTER")).body("errors[0].field", equalTo("discretionBenchmarkCode"));
        Map<String, Object> outside = new HashMap<>(CaseStepsResourceTest.draft(8000));
        outside.put("discretionBenchmarkCode", code);
        append(INVESTIGATOR, caseId, "DecisionDrafted", outside).then().statusCode(422)
                .body("rule", equalTo("P-MASTER")).body("errors[0].field", equalTo("fineAmount"));
        assertEquals(before, eventsOf(caseId));
        Map<String, Object> inside = draftWith(List.of("FINE"));
        inside.put("discretionBenchmarkCode", code);
        append(INVESTIGATOR, caseId, "DecisionDrafted", inside).then().statusCode(201);
        given().auth().oauth2(INVESTIGATOR).queryParam("purpose", "办案").get("/api/v1/cases/" + caseId + "/record")
                .then().statusCode(200).body("[3].data.discretionBenchmarkCode", equalTo(code));
    }
}
