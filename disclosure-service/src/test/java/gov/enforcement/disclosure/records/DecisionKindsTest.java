package gov.enforcement.disclosure.records;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.disclosure.CaseStory;
import gov.enforcement.disclosure.search.Searches;
import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.EventTypes;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static gov.enforcement.disclosure.records.DisclosureFlowTest.CLERK;
import static gov.enforcement.disclosure.records.DisclosureFlowTest.assertNoPersonalData;
import static gov.enforcement.disclosure.records.DisclosureFlowTest.events;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every outcome of DOMAIN.md §7 disclosed as what it is, from the case events recording-service publishes. */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class DecisionKindsTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String A = TestAgencies.AGENCY_A;

    @Test
    @DisplayName("P-OUTCOME, D-POST-7, D-PERIOD: a no-penalty decision is disclosed as a 不予行政处罚决定, never as a penalty: no penalty items, no credit period, its own search filter")
    void noPenaltyDecision() {
        CaseStory story = new CaseStory(A);
        story.registered("PENALTY", "未依法支付劳动报酬").draftedNoPenalty("FIRST_MINOR_VIOLATION").issued(LocalDate.of(2026, 11, 2));
        String id = awaitDisclosures(story, 1).get(0);
        given().auth().oauth2(CLERK).get("/api/v1/disclosures/" + id).then().statusCode(200)
                .body("obligation.kind", equalTo("NO_PENALTY")).body("obligation.rule", equalTo("D-POST-7"))
                .body("record.kind", equalTo("NO_PENALTY")).body("record.noPenaltyGround", equalTo("FIRST_MINOR_VIOLATION"))
                .body("record.penaltyCategory", nullValue()).body("record.penaltyContent", nullValue())
                .body("record.fineAmount", nullValue()).body("record.penaltyCredit", equalTo(false))
                .body("record.publicUntil", equalTo("2029-11-02"));
        // the clerk cannot make it look like a penalty either
        given().auth().oauth2(CLERK).post("/api/v1/disclosures/" + id + "/publish").then().statusCode(200);
        given().auth().oauth2(CLERK).contentType(ContentType.JSON).body("{\"reason\":\"补记\",\"penaltyCategory\":\"罚款\"}")
                .post("/api/v1/disclosures/" + id + "/corrections").then().statusCode(422).body("rule", equalTo("P-OUTCOME"));

        String body = given().get("/api/v1/public/decisions/" + id).then().statusCode(200)
                .body("record.kind", equalTo("NO_PENALTY")).body("record.penaltyCategory", nullValue()).extract().asString();
        assertNoPersonalData(body);
        String dates = "&from=2026-11-02&to=2026-11-02&size=100";
        Searches.await("/api/v1/public/decisions?agency=" + A + "&kind=NO_PENALTY" + dates, id, true);
        assertFalse(Searches.ids("/api/v1/public/decisions?agency=" + A + "&kind=PENALTY" + dates).contains(id));
        given().get("/api/v1/public/decisions?kind=WARNING").then().statusCode(400);
        String page = given().get("/api/v1/public/portal/decisions/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("不予行政处罚决定") && page.contains("不予处罚理由"), page);
        assertFalse(page.contains("处罚类别") || page.contains("罚款金额"), page);
        given().get("/api/v1/public/portal?kind=NO_PENALTY&from=2026-11-02&to=2026-11-02").then().statusCode(200)
                .body(containsString("/api/v1/public/portal/decisions/" + id));

        String event = events(story, "gov.enforcement.disclosure.DisclosurePublished.v1", 1).get(0).valueAsString();
        assertTrue(event.contains("\"kind\":\"NO_PENALTY\"") && event.contains("\"penaltyCategory\":null"), event);
    }

    @Test
    @DisplayName("P-OUTCOME: a draft recorded before outcomes were named (no outcome) is still disclosed as a penalty")
    void olderDraftIsAPenalty() {
        CaseStory story = new CaseStory(A);
        String id = story.issuedAndRecorded("PENALTY", "未依法支付劳动报酬", LocalDate.of(2026, 11, 3));
        given().auth().oauth2(CLERK).get("/api/v1/disclosures/" + id).then().statusCode(200)
                .body("obligation.kind", equalTo("PENALTY")).body("obligation.rule", equalTo("D-POST-7"))
                .body("record.kind", equalTo("PENALTY")).body("record.penaltyCategory", equalTo("罚款"))
                .body("record.penaltyCredit", equalTo(true));
    }

    @Test
    @DisplayName("P-SIMPLE, D-POST-7, D-PERIOD: an on-the-spot fine is a penalty disclosure from its own data; a warning alone is published but not kept as credit information")
    void onTheSpotDecisions() {
        CaseStory fined = new CaseStory(A).registered("PENALTY", "占道经营");
        CloudEvent made = fined.step(EventTypes.ON_THE_SPOT_DECISION_MADE, onTheSpot("石市监当罚〔2026〕88号", 200));
        String id = awaitDisclosures(fined, 1).get(0);
        given().auth().oauth2(CLERK).get("/api/v1/disclosures/" + id).then().statusCode(200)
                .body("obligation.rule", equalTo("D-POST-7")).body("obligation.dueOn", equalTo("2026-11-25"))
                .body("obligation.kind", equalTo("PENALTY")).body("record.documentNumber", equalTo("石市监当罚〔2026〕88号"))
                .body("record.decidedOn", equalTo("2026-11-16")).body("record.fineAmount", equalTo(200))
                .body("record.penaltyCategory", equalTo("罚款")).body("record.penaltyContent", equalTo("罚款人民币200元"))
                .body("record.facts", containsString("占道经营")).body("record.penaltyCredit", equalTo(true))
                .body("record.publicUntil", equalTo("2027-11-16"))
                .body("record.issuedEventId", equalTo(made.id().toString()));
        fined.step(EventTypes.ON_THE_SPOT_DECISION_FILED, JsonNodeFactory.instance.objectNode().put("filedWith", "法规科")
                .put("filedAt", "2026-11-17T09:00:00+08:00"));

        CaseStory warned = new CaseStory(A).registered("PENALTY", "占道经营");
        warned.step(EventTypes.ON_THE_SPOT_DECISION_MADE, onTheSpot("石市监当罚〔2026〕89号", null));
        String warning = awaitDisclosures(warned, 1).get(0);
        given().auth().oauth2(CLERK).get("/api/v1/disclosures/" + warning).then().statusCode(200)
                .body("record.kind", equalTo("PENALTY")).body("record.penaltyCategory", equalTo("警告"))
                .body("record.fineAmount", nullValue()).body("record.penaltyCredit", equalTo(false))
                .body("record.publicUntil", equalTo("2027-02-16"));
        given().auth().oauth2(CLERK).post("/api/v1/disclosures/" + warning + "/publish").then().statusCode(200);
        given().get("/api/v1/public/portal/decisions/" + warning).then().statusCode(200)
                .body(containsString("不作为信用信息"));
        assertEquals(1, count("select count(*) from disclosures where case_id = '" + fined.caseId + "'"), "filing adds none");
    }

    @Test
    @DisplayName("P-LICENSE, D-POST-7, D-PERIOD, D-CORRECT, D-WITHDRAW: a licence is disclosed with number, kind and validity, public while valid; renewal corrects it, cancellation withdraws it with the reason")
    void licenceFromGrantToCancellation() {
        CaseStory story = new CaseStory(A).registered("LICENSING", "食品经营许可");
        story.step(EventTypes.LICENCE_DECIDED, licence(true, "2026-11-20"));
        String id = awaitDisclosures(story, 1).get(0);
        given().auth().oauth2(CLERK).get("/api/v1/disclosures/" + id).then().statusCode(200)
                .body("obligation.kind", equalTo("LICENCE")).body("obligation.rule", equalTo("D-POST-7"))
                .body("record.kind", equalTo("LICENCE")).body("record.documentNumber", equalTo("JY11301020012345"))
                .body("record.licence.number", equalTo("JY11301020012345")).body("record.licence.kind", equalTo("GENERAL"))
                .body("record.licence.validFrom", equalTo("2026-11-20")).body("record.licence.validTo", equalTo("2031-11-19"))
                .body("record.publicUntil", equalTo("2031-11-19")).body("record.penaltyCategory", nullValue())
                .body("record.penaltyCredit", equalTo(false));
        given().auth().oauth2(CLERK).post("/api/v1/disclosures/" + id + "/publish").then().statusCode(200);

        story.step(EventTypes.LICENCE_CERTIFICATE_ISSUED, JsonNodeFactory.instance.objectNode()
                .put("licenceNumber", "JY11301020012345").put("issuedOn", "2026-11-22"));
        story.step(EventTypes.LICENCE_ALTERED, altered("RENEWED", "2036-11-19", "有效期届满前申请延续，经审查符合条件"));
        events(story, "gov.enforcement.disclosure.DisclosureCorrected.v1", 1);
        given().get("/api/v1/public/decisions/" + id).then().statusCode(200)
                .body("corrected", equalTo(true)).body("version", equalTo(2))
                .body("record.licence.validTo", equalTo("2036-11-19")).body("record.publicUntil", equalTo("2036-11-19"))
                .body("versions[1].reason", containsString("行政许可延续"));
        String page = given().get("/api/v1/public/portal/decisions/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("行政许可决定") && page.contains("JY11301020012345") && page.contains("2036-11-19"), page);

        story.step(EventTypes.LICENCE_ALTERED, altered("CANCELLED", null, "被许可人申请注销"));
        String withdrawn = events(story, "gov.enforcement.disclosure.DisclosureWithdrawn.v1", 1).get(0).valueAsString();
        assertTrue(withdrawn.contains("\"cause\":\"LicenceAltered\""), withdrawn);
        given().get("/api/v1/public/decisions/" + id).then().statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("reason", containsString("注销行政许可")).body("reason", containsString("被许可人申请注销"));
    }

    @Test
    @DisplayName("P-LICENSE: a refused licence is disclosed as a licensing decision with its reasons, without a licence number")
    void refusedLicence() {
        CaseStory story = new CaseStory(A).registered("LICENSING", "食品经营许可");
        story.step(EventTypes.LICENCE_DECIDED, licence(false, "2026-11-20"));
        String id = awaitDisclosures(story, 1).get(0);
        given().auth().oauth2(CLERK).get("/api/v1/disclosures/" + id).then().statusCode(200)
                .body("record.kind", equalTo("LICENCE")).body("record.licence.granted", equalTo(false))
                .body("record.licence.number", nullValue()).body("record.licence.reasons", equalTo("经营场所不符合要求"))
                .body("record.publicUntil", equalTo("2029-11-20"));
    }

    @Test
    @DisplayName("D-WITHDRAW, P-REDECIDE: a changed decision is withdrawn (3 working days, reason public, tombstone); the decision made again names the one it replaces and the tombstone points to it")
    void changedAndDecidedAgain() {
        CaseStory story = new CaseStory(A);
        String first = story.issuedAndRecorded("PENALTY", "未依法支付劳动报酬", LocalDate.of(2026, 11, 4));
        given().auth().oauth2(CLERK).post("/api/v1/disclosures/" + first + "/publish").then().statusCode(200);

        story.undone(EventTypes.DECISION_CHANGED, "复议机关认为罚款数额明显不当，变更为五千元");
        String withdrawn = events(story, "gov.enforcement.disclosure.DisclosureWithdrawn.v1", 1).get(0).valueAsString();
        assertTrue(withdrawn.contains("\"cause\":\"DecisionChanged\"") && withdrawn.contains("\"onTime\":true"), withdrawn);
        given().get("/api/v1/public/decisions/" + first).then().statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("reason", containsString("变更")).body("reason", containsString("变更为五千元"))
                .body("replacedBy", nullValue());

        story.redrafted("b".repeat(64), 5000).issued(LocalDate.of(2026, 11, 20));
        String second = awaitDisclosures(story, 2).get(1);
        given().auth().oauth2(CLERK).get("/api/v1/disclosures/" + second).then().statusCode(200)
                .body("obligation.replaces", equalTo(first)).body("record.replaces.disclosureId", equalTo(first))
                .body("record.replaces.documentNumber", containsString("石人社监罚决")).body("record.fineAmount", equalTo(5000));
        given().auth().oauth2(CLERK).post("/api/v1/disclosures/" + second + "/publish").then().statusCode(200);
        given().get("/api/v1/public/decisions/" + first).then().statusCode(200).body("replacedBy", equalTo(second));
        given().get("/api/v1/public/decisions/" + second).then().statusCode(200)
                .body("record.replaces.disclosureId", equalTo(first)).body("status", not(equalTo("WITHDRAWN")));
        given().get("/api/v1/public/portal/decisions/" + first).then().statusCode(200)
                .body(containsString("/api/v1/public/portal/decisions/" + second));
        String published = events(story, "gov.enforcement.disclosure.DisclosurePublished.v1", 2).get(1).valueAsString();
        assertTrue(published.contains("\"replaces\":{\"disclosureId\":\"" + first), published);
    }

    @Test
    @DisplayName("P-INSPECT, D-PRE-RANDOM, D-REDACT: a random inspection's result is published, a person's data masked; an inspection not drawn at random is not")
    void inspectionResults() {
        CaseStory drawn = new CaseStory(A).registered("INSPECTION", "食品安全检查");
        drawn.step(EventTypes.INSPECTION_CONCLUDED, inspection(CaseStory.PERSON, "8f14e45f-ceea-467f-9a1c-5a1e7f1b2c3d"));
        String id = awaitDisclosures(drawn, 1).get(0);
        given().auth().oauth2(CLERK).get("/api/v1/disclosures/" + id).then().statusCode(200)
                .body("obligation.kind", equalTo("INSPECTION_RESULT")).body("obligation.rule", equalTo("D-POST-20"))
                .body("record.inspection.subject", equalTo("张**")).body("record.inspection.result", equalTo("RECTIFICATION_ORDERED"))
                .body("record.inspection.items[0]", equalTo("从业人员健康证明"))
                .body("record.inspection.randomDrawId", equalTo("8f14e45f-ceea-467f-9a1c-5a1e7f1b2c3d"))
                .body("record.decidedOn", equalTo("2026-11-18")).body("record.penaltyCategory", nullValue());
        given().auth().oauth2(CLERK).post("/api/v1/disclosures/" + id + "/publish").then().statusCode(200);
        String body = given().get("/api/v1/public/decisions/" + id).then().statusCode(200)
                .body("record.kind", equalTo("INSPECTION_RESULT")).extract().asString();
        assertNoPersonalData(body);
        assertNoPersonalData(given().get("/api/v1/public/portal/decisions/" + id).then().statusCode(200).extract().asString());
        assertNoPersonalData(events(drawn, "gov.enforcement.disclosure.DisclosurePublished.v1", 1).get(0).valueAsString());

        CaseStory routine = new CaseStory(A).registered("INSPECTION", "食品安全检查");
        routine.step(EventTypes.INSPECTION_CONCLUDED, inspection("石家庄某某餐饮有限公司", null));
        awaitStep(routine, "InspectionConcluded");
        assertEquals(0, count("select count(*) from disclosures where case_id = '" + routine.caseId + "'"));
    }

    @Test
    @DisplayName("P-OUTCOME: a withdrawn case and a transferred case publish nothing")
    void withdrawnAndTransferredPublishNothing() {
        CaseStory withdrawn = new CaseStory(A).registered("PENALTY", "未依法支付劳动报酬");
        withdrawn.step(EventTypes.CASE_WITHDRAWN, JsonNodeFactory.instance.objectNode().put("reason", "违法事实不能成立")
                .put("withdrawnAt", "2026-11-20T10:00:00+08:00"));
        CaseStory transferred = new CaseStory(A).registered("PENALTY", "未依法支付劳动报酬");
        transferred.step(EventTypes.CASE_TRANSFERRED, JsonNodeFactory.instance.objectNode().put("transferredTo", "公安局")
                .put("reason", "涉嫌犯罪").put("transferredAt", "2026-11-20T10:00:00+08:00").put("recipient", "JUDICIAL_ORGAN"));
        awaitStep(withdrawn, "CaseWithdrawn");
        awaitStep(transferred, "CaseTransferred");
        assertEquals(0, count("select count(*) from disclosures where case_id in ('" + withdrawn.caseId + "', '"
                + transferred.caseId + "')"));
    }

    @Test
    @DisplayName("D-STATS, P-OUTCOME: a no-penalty decision is counted as what it is, not as a penalty; licences granted and refused are counted")
    void statisticsCountKinds() {
        CaseStory penalty = new CaseStory(A);
        penalty.issuedAndRecorded("PENALTY", "未依法支付劳动报酬", LocalDate.of(2024, 3, 5));
        CaseStory noPenalty = new CaseStory(A);
        noPenalty.registered("PENALTY", "未依法支付劳动报酬").draftedNoPenalty("MINOR_AND_CORRECTED").issued(LocalDate.of(2024, 3, 6));
        CaseStory granted = new CaseStory(A).registered("LICENSING", "食品经营许可");
        granted.step(EventTypes.LICENCE_DECIDED, licence(true, "2024-03-07"));
        CaseStory refused = new CaseStory(A).registered("LICENSING", "食品经营许可");
        refused.step(EventTypes.LICENCE_DECIDED, licence(false, "2024-03-08"));
        for (CaseStory story : List.of(noPenalty, granted, refused)) {
            awaitDisclosures(story, 1);
        }
        given().auth().oauth2(CLERK).get("/api/v1/statistics/2024").then().statusCode(200)
                .body("decisions", equalTo(4)).body("byCategory.PENALTY", equalTo(1)).body("byCategory.LICENSING", equalTo(2))
                .body("byKind.PENALTY", equalTo(1)).body("byKind.NO_PENALTY", equalTo(1)).body("byKind.LICENCE", equalTo(2))
                .body("noPenaltyDecisions", equalTo(1)).body("finesTotal", equalTo(20000))
                .body("licences.granted", equalTo(1)).body("licences.refused", equalTo(1));
    }

    static ObjectNode onTheSpot(String documentNumber, Integer fine) {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("documentNumber", documentNumber)
                .put("facts", "当事人在中山东路占道经营，经劝阻当场改正").put("legalBasis", "《城市市容和环境卫生管理条例》第三十六条")
                .put("place", "石家庄市长安区中山东路").put("decidedAt", "2026-11-16T10:20:00+08:00");
        if (fine == null) {
            data.putArray("penalties").add("WARNING");
            data.putNull("fineAmount");
        } else {
            data.putArray("penalties").add("FINE");
            data.put("fineAmount", fine);
        }
        data.putArray("certificates").add("HB-13010001").add("HB-13010002");
        return data;
    }

    static ObjectNode licence(boolean granted, String decidedOn) {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("granted", granted).put("decidedOn", decidedOn);
        if (granted) {
            LocalDate from = LocalDate.parse(decidedOn);
            return data.put("licenceNumber", "JY11301020012345").put("kind", "GENERAL").put("validFrom", decidedOn)
                    .put("validTo", from.plusYears(5).minusDays(1).toString()).putNull("reasons");
        }
        return data.putNull("licenceNumber").putNull("kind").putNull("validFrom").putNull("validTo")
                .put("reasons", "经营场所不符合要求");
    }

    static ObjectNode altered(String change, String validTo, String reason) {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("change", change).put("reason", reason)
                .put("effectiveOn", LocalDate.now().toString());
        return validTo == null ? data.putNull("validTo") : data.put("validTo", validTo);
    }

    static ObjectNode inspection(String subject, String drawId) {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("subject", subject).put("result", "RECTIFICATION_ORDERED")
                .put("findings", subject + "（电话" + CaseStory.PHONE + "）的从业人员健康证明过期，责令7日内整改")
                .put("concludedAt", "2026-11-18T11:00:00+08:00");
        data.putArray("items").add("从业人员健康证明").add("进货查验记录");
        return drawId == null ? data.putNull("randomDrawId") : data.put("randomDrawId", drawId);
    }

    /** The case's disclosures, oldest first, once there are {@code n}. */
    static List<String> awaitDisclosures(CaseStory story, int n) {
        TestDatabase.awaitCount("select count(*) from disclosures where case_id = '" + story.caseId + "'", n, WAIT);
        List<String> ids = new ArrayList<>();
        try (var db = TestDatabase.connect(); var sql = db.createStatement();
             var rows = sql.executeQuery("select disclosure_id from disclosures where case_id = '" + story.caseId
                     + "' order by created_at, decided_on")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    static void awaitStep(CaseStory story, String step) {
        TestDatabase.awaitCount("select count(*) from disclosure_case_steps where case_id = '" + story.caseId
                + "' and step = '" + step + "'", 1, WAIT);
    }

    static long count(String sql) {
        try (var db = TestDatabase.connect(); var statement = db.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
