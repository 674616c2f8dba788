package gov.enforcement.disclosure.records;

import gov.enforcement.testing.ManagementInterface;
import gov.enforcement.disclosure.CaseStory;
import gov.enforcement.disclosure.search.Searches;
import gov.enforcement.disclosure.PublishedContract;
import gov.enforcement.events.EventTypes;
import gov.enforcement.events.Topics;
import gov.enforcement.testing.KafkaTestConsumer;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.ReceivedRecord;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static gov.enforcement.testing.ManagementInterface.management;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class DisclosureFlowTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String CLERK = TestTokens.withRole("disclosure-clerk", TestAgencies.AGENCY_A);

    /** The case's events of that type, each checked against the published contract (schemas in events). */
    static List<ReceivedRecord> events(CaseStory story, String type, int count) {
        List<ReceivedRecord> found = KafkaTestConsumer.awaitRecords(Topics.DISCLOSURE_EVENTS,
                r -> story.caseId.toString().equals(r.key()) && r.valueAsString().contains(type), count, WAIT);
        found.forEach(r -> PublishedContract.assertValid(r.valueAsString()));
        return found;
    }

    @Test
    @DisplayName("D-POST-7, D-WORKFLOW, D-REDACT: a penalty decided 2026-09-29 is due 2026-10-14; the clerk publishes the draft; public and event are masked")
    void penaltyPublishedByTheClerk() {
        CaseStory story = new CaseStory(TestAgencies.AGENCY_A);
        String id = story.issuedAndRecorded("PENALTY", "未依法支付劳动报酬", LocalDate.of(2026, 9, 29));

        given().auth().oauth2(CLERK).get("/api/v1/disclosures/" + id).then().statusCode(200)
                .body("obligation.status", equalTo("DRAFT")).body("obligation.rule", equalTo("D-POST-7"))
                .body("obligation.dueOn", equalTo("2026-10-14")).body("obligation.calendarVersion", startsWith("2026:"))
                .body("record.parties.name", hasItem("张**"));
        given().get("/api/v1/public/decisions/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.withRole("disclosure-clerk", TestAgencies.AGENCY_B))
                .post("/api/v1/disclosures/" + id + "/publish").then().statusCode(403);

        given().auth().oauth2(CLERK).post("/api/v1/disclosures/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        given().auth().oauth2(CLERK).post("/api/v1/disclosures/" + id + "/publish").then().statusCode(422)
                .body("rule", equalTo("D-WORKFLOW"));

        String body = given().get("/api/v1/public/decisions/" + id).then().statusCode(200)
                .body("record.documentNumber", startsWith("石人社监罚决"))
                .body("record.parties.name", hasItem(CaseStory.ORG)).body("record.parties.creditCode", hasItem(CaseStory.ORG_CODE))
                .body("record.fineAmount", equalTo(20000)).body("record.penaltyCategory", equalTo("罚款"))
                .body("record.proof", equalTo("/api/v1/audit/proofs/inclusion?eventId=" + story.issuedEventId))
                .body("record.issuedEventId", equalTo(story.issuedEventId.toString()))
                .body("corrected", equalTo(false)).extract().asString();
        assertNoPersonalData(body);

        String event = events(story, "gov.enforcement.disclosure.DisclosurePublished.v1", 1).get(0).valueAsString();
        assertTrue(event.contains("\"disclosureVersion\":1") && event.contains(id), event);
        assertNoPersonalData(event);
    }

    @Test
    @DisplayName("D-POST-20: a general decision decided 2026-09-22 is due 2026-10-27, with the calendar version recorded")
    void generalDecision() {
        CaseStory story = new CaseStory(TestAgencies.AGENCY_A);
        String id = story.issuedAndRecorded("COERCION", "查封场所", LocalDate.of(2026, 9, 22));
        given().auth().oauth2(CLERK).get("/api/v1/disclosures/" + id).then().statusCode(200)
                .body("obligation.rule", equalTo("D-POST-20")).body("obligation.dueOn", equalTo("2026-10-27"))
                .body("obligation.calendarVersion", startsWith("2026:"));
    }

    @Test
    @DisplayName("D-CORRECT: a correction shows as a new version marked corrected; every version is kept")
    void correction() {
        CaseStory story = new CaseStory(TestAgencies.AGENCY_A);
        String id = story.issuedAndRecorded("PENALTY", "未依法支付劳动报酬", LocalDate.of(2026, 9, 29));
        given().auth().oauth2(CLERK).post("/api/v1/disclosures/" + id + "/publish").then().statusCode(200);
        given().auth().oauth2(CLERK).contentType(ContentType.JSON)
                .body("{\"reason\":\"处罚内容漏记责令改正，联系人" + CaseStory.PERSON + "\",\"penaltyContent\":\"罚款人民币20000元；责令改正\"}")
                .post("/api/v1/disclosures/" + id + "/corrections").then().statusCode(200).body("version", equalTo(2));
        for (String amount : new String[]{"\\ud800".repeat(1000), "\uFFFD".repeat(1000), "x".repeat(100_000)}) {
            given().auth().oauth2(CLERK).contentType(ContentType.JSON)
                    .body("{\"reason\":\"金额更正\",\"fineAmount\":\"" + amount + "\"}")
                    .post("/api/v1/disclosures/" + id + "/corrections").then().statusCode(400);
        }

        String body = given().get("/api/v1/public/decisions/" + id).then().statusCode(200)
                .body("version", equalTo(2)).body("corrected", equalTo(true))
                .body("record.penaltyContent", equalTo("罚款人民币20000元；责令改正"))
                .body("versions.size()", equalTo(2)).extract().asString();
        assertNoPersonalData(body);
        String event = events(story, "gov.enforcement.disclosure.DisclosureCorrected.v1", 1).get(0).valueAsString();
        assertTrue(event.contains("\"disclosureVersion\":2"), event);
        assertNoPersonalData(event);
    }

    @Test
    @DisplayName("D-WITHDRAW: a revocation withdraws the published decision; a tombstone with the reason stays, the 3-working-day limit is recorded")
    void revocationWithdraws() {
        CaseStory story = new CaseStory(TestAgencies.AGENCY_A);
        String id = story.issuedAndRecorded("PENALTY", "未依法支付劳动报酬", LocalDate.of(2026, 9, 29));
        given().auth().oauth2(CLERK).post("/api/v1/disclosures/" + id + "/publish").then().statusCode(200);
        story.undone(EventTypes.DECISION_REVOKED, "认定事实不清");

        String event = events(story, "gov.enforcement.disclosure.DisclosureWithdrawn.v1", 1).get(0).valueAsString();
        assertTrue(event.contains("\"onTime\":true") && event.contains("\"dueOn\""), event);
        given().get("/api/v1/public/decisions/" + id).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("reason", containsString("认定事实不清"))
                .body("reason", containsString("撤销")).body("record", equalTo(null));
        Searches.await("/api/v1/public/decisions?agency=" + TestAgencies.AGENCY_A + "&size=100", id, false);
    }

    @Test
    @DisplayName("D-WORKFLOW: with the agency's auto-publish policy an issued decision is public within seconds, masked")
    void autoPublish() {
        given().auth().oauth2(TestTokens.withRole("admin", TestAgencies.AGENCY_A)).contentType(ContentType.JSON)
                .body("{\"autoPublish\":true}").put("/api/v1/disclosures/policies/agencies/" + TestAgencies.AGENCY_B)
                .then().statusCode(403); // another agency's admin
        given().auth().oauth2(TestTokens.withRole("admin", TestAgencies.AGENCY_B)).contentType(ContentType.JSON)
                .body("{\"autoPublish\":true}").put("/api/v1/disclosures/policies/agencies/" + TestAgencies.AGENCY_B)
                .then().statusCode(200);
        CaseStory story = new CaseStory(TestAgencies.AGENCY_B);
        String id = story.issuedAndRecorded("PENALTY", "未依法支付劳动报酬", LocalDate.of(2026, 9, 29));
        String body = given().get("/api/v1/public/decisions/" + id).then().statusCode(200).extract().asString();
        assertNoPersonalData(body);
        events(story, "gov.enforcement.disclosure.DisclosurePublished.v1", 1);
    }

    @Test
    @DisplayName("D-POST-EXEMPT: a matter configured as not publishable is recorded with its reason and never published")
    void exemptMatter() {
        String platformAdmin = TestTokens.withRole("platform-admin", null);
        given().auth().oauth2(platformAdmin).contentType(ContentType.JSON)
                .body("{\"publishable\":true}").put("/api/v1/disclosures/policies/matters/涉密事项")
                .then().statusCode(422).body("rule", equalTo("D-POST-EXEMPT"));
        // a matter policy holds for every agency: an agency's admin cannot set it
        given().auth().oauth2(TestTokens.withRole("admin", TestAgencies.AGENCY_A)).contentType(ContentType.JSON)
                .body("{\"publishable\":false,\"reason\":\"x\"}").put("/api/v1/disclosures/policies/matters/涉密事项")
                .then().statusCode(403);
        given().auth().oauth2(platformAdmin).contentType(ContentType.JSON)
                .body("{\"publishable\":false,\"reason\":\"《保守国家秘密法》第二条\"}")
                .put("/api/v1/disclosures/policies/matters/涉密事项").then().statusCode(200);
        CaseStory story = new CaseStory(TestAgencies.AGENCY_A);
        String id = story.issuedAndRecorded("PENALTY", "涉密事项", LocalDate.of(2026, 9, 29));
        given().auth().oauth2(CLERK).get("/api/v1/disclosures/" + id).then().statusCode(200)
                .body("obligation.status", equalTo("EXEMPT")).body("obligation.rule", equalTo("D-POST-EXEMPT"))
                .body("obligation.exemptReason", equalTo("《保守国家秘密法》第二条")).body("obligation.dueOn", equalTo(null));
        given().auth().oauth2(CLERK).post("/api/v1/disclosures/" + id + "/publish").then().statusCode(422);
        given().get("/api/v1/public/decisions/" + id).then().statusCode(404);
    }

    @Test
    @DisplayName("D-POST-7: an unpublished decision past its deadline raises DisclosureOverdue once, is listed and counted in enforcement_disclosures_overdue")
    void overdue() throws InterruptedException {
        CaseStory story = new CaseStory(TestAgencies.AGENCY_A);
        String id = story.issuedAndRecorded("PENALTY", "未依法支付劳动报酬", LocalDate.of(2026, 1, 5));
        String event = events(story, "gov.enforcement.disclosure.DisclosureOverdue.v1", 1).get(0).valueAsString();
        assertTrue(event.contains("\"dueOn\":\"2026-01-14\"") && event.contains("D-POST-7"), event);
        given().auth().oauth2(CLERK).get("/api/v1/disclosures/overdue").then().statusCode(200).body("disclosureId", hasItem(id));
        management().get("/q/metrics").then().statusCode(200)
                .body(containsString("enforcement_disclosures_overdue{agency=\"" + TestAgencies.AGENCY_A + "\"}"));
        Thread.sleep(3_000); // three more ticks of the scheduler
        assertEquals(1, KafkaTestConsumer.recordsWithin(Topics.DISCLOSURE_EVENTS, r -> story.caseId.toString().equals(r.key())
                && r.valueAsString().contains("DisclosureOverdue"), Duration.ofSeconds(2)).size(), "raised once");
    }

    static void assertNoPersonalData(String text) {
        assertFalse(text.contains(CaseStory.PERSON_ID), "raw ID number in " + text);
        assertFalse(text.contains(CaseStory.PHONE), "raw phone number in " + text);
        assertFalse(text.contains(CaseStory.PERSON), "person's full name in " + text);
    }

    @Test
    @DisplayName("health and metrics answer on the management port only, never on the API port")
    void managementEndpointsAreNotOnTheApiPort() {
        ManagementInterface.assertHealthAndMetricsOnlyOnTheManagementPort();
    }
}
