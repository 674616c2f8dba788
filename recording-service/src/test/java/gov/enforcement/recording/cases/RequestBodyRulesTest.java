package gov.enforcement.recording.cases;

import gov.enforcement.testing.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static gov.enforcement.recording.cases.CaseStepsResourceTest.INVESTIGATOR;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.eventsOf;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.newCase;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a body must be before anything is stored: as sent, bounded, and small enough to publish. */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class RequestBodyRulesTest {

    private static ValidatableResponse appendRaw(String caseId, String body) {
        return given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases/" + caseId + "/events").then();
    }

    private static String investigation(String summaryJson) {
        return "{\"type\":\"InvestigationRecorded\",\"data\":{\"kind\":\"INVESTIGATION\",\"certificates\":[\"HB-0001\","
                + "\"HB-0002\"],\"place\":\"石家庄市长安区\",\"startedAt\":\"2026-09-20T09:00:00+08:00\","
                + "\"endedAt\":\"2026-09-20T11:00:00+08:00\",\"summary\":" + summaryJson + "}}";
    }

    @Test
    @DisplayName("a key given twice answers 400 problem+json naming it, not 500; nothing is appended")
    void duplicateKeys() {
        String caseId = newCase();
        long before = eventsOf(caseId);
        appendRaw(caseId, "{\"type\":\"InvestigationRecorded\",\"type\":\"CaseClosed\",\"data\":{}}")
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("type"));
        appendRaw(caseId, investigation("\"a\",\"summary\":\"b\"")).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("data.summary"));
        given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON)
                .body("{\"category\":\"PENALTY\",\"category\":\"LICENSING\"}").post("/api/v1/cases").then()
                .statusCode(400).contentType("application/problem+json");
        assertEquals(before, eventsOf(caseId));
    }

    @Test
    @DisplayName("text over 20,000 characters, half a surrogate pair or a number that would not keep its value is refused")
    void valuesAreTakenAsSentOrRefused() {
        String caseId = newCase();
        long before = eventsOf(caseId);
        appendRaw(caseId, investigation("\"" + "查".repeat(20_001) + "\"")).statusCode(400)
                .body("errors[0].field", equalTo("data.summary"))
                .body("detail", containsString("at most 20000"));
        appendRaw(caseId, investigation("\"调取\\ud83d记录\"")).statusCode(400).body("errors[0].field", equalTo("data.summary"));
        appendRaw(caseId, "{\"type\":\"DecisionDrafted\",\"data\":{\"decisionType\":\"FINE\",\"facts\":\"f\",\"legalBasis\":\"l\","
                + "\"discretionBenchmark\":\"b\",\"discretionReasons\":\"r\",\"fineAmount\":1e-999999}}").statusCode(400)
                .body("errors[0].field", equalTo("data.fineAmount"));
        appendRaw(caseId, "{\"type\":\"DecisionDrafted\",\"data\":{\"decisionType\":\"FINE\",\"facts\":\"f\",\"legalBasis\":\"l\","
                + "\"fineAmount\":2000,\"licenceRevoked\":999}}").statusCode(422)
                .body("detail", not(containsString("java"))).body("detail", not(containsString("`")));
        assertEquals(before, eventsOf(caseId));
        appendRaw(caseId, investigation("\"" + "查".repeat(20_000) + "\"")).statusCode(201);
    }

    @Test
    @DisplayName("an event too large for one Kafka record is refused with 413 before anything is stored")
    void eventTooLargeToPublish() {
        String caseId = newCase();
        long before = eventsOf(caseId);
        List<String> participants = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            participants.add("参".repeat(19_990) + i);
        }
        given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON)
                .body(Map.of("type", "OfficersAssigned", "data", Map.of("officers", participants.stream()
                        .map(name -> Map.of("name", name, "certificate", "HB-0001")).toList())))
                .post("/api/v1/cases/" + caseId + "/events").then()
                .statusCode(413).contentType("application/problem+json")
                .body("type", containsString("event-too-large"));
        assertEquals(before, eventsOf(caseId));
    }

    @Test
    @DisplayName("an amount disclosure could not show as yuan and fen is refused when drafted, naming the field")
    void amountsAreYuanAndFen() {
        String caseId = newCase();
        CaseStepsResourceTest.append(INVESTIGATOR, caseId, "InvestigationRecorded", CaseStepsResourceTest.investigation())
                .then().statusCode(201);
        CaseStepsResourceTest.append(INVESTIGATOR, caseId, "RightsNotified", CaseStepsResourceTest.rights()).then().statusCode(201);
        long before = eventsOf(caseId);
        // the published schema bounds every amount as disclosure shows it (0 to 999,999,999,999.99, fen): 422 as for a
        // correction, naming the field
        for (String amount : new String[]{"1234.567", "1000000000000", "-1"}) {
            appendRaw(caseId, "{\"type\":\"DecisionDrafted\",\"data\":{\"decisionType\":\"FINE\",\"facts\":\"f\","
                    + "\"legalBasis\":\"l\",\"discretionBenchmark\":\"b\",\"discretionReasons\":\"r\",\"fineAmount\":"
                    + amount + "}}").statusCode(422).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("fineAmount"));
        }
        for (String amount : new String[]{"1234.56", "999999999999.99"}) {
            appendRaw(caseId, "{\"type\":\"DecisionDrafted\",\"data\":{\"decisionType\":\"FINE\",\"facts\":\"f\","
                    + "\"legalBasis\":\"l\",\"discretionBenchmark\":\"b\",\"discretionReasons\":\"r\",\"fineAmount\":" + amount + "}}")
                    .statusCode(201);
        }
        assertEquals(before + 2, eventsOf(caseId));
    }
}
