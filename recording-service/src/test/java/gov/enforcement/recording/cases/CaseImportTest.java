package gov.enforcement.recording.cases;

import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestDatabase;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class CaseImportTest {

    static final String OFFICER = CaseStepsResourceTest.INVESTIGATOR;

    static Map<String, Object> importedCase(Map<String, Object> registration, List<Map<String, Object>> steps) {
        return Map.of("registration", registration, "steps", steps);
    }

    static Map<String, Object> step(String type, Map<String, Object> data) {
        return Map.of("type", type, "data", data);
    }

    static Map<String, Object> investigatedCase() {
        return importedCase(CaseResourceTest.penaltyCase(), List.of(
                step("InvestigationRecorded", CaseStepsResourceTest.investigation()),
                step("RightsNotified", CaseStepsResourceTest.rights())));
    }

    static Response importCases(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/cases/import");
    }

    static long streams() {
        return TestDatabase.count("select count(*) from case_streams");
    }

    @Test
    @DisplayName("an import records every case with its steps, in order, with consecutive case numbers, and ships them")
    void importsWholeCases() {
        Response answer = importCases(OFFICER, Map.of("cases", List.of(investigatedCase(), investigatedCase(),
                importedCase(CaseResourceTest.penaltyCase(), List.of()))));
        answer.then().statusCode(201).body("events", equalTo(7)).body("cases.size()", equalTo(3))
                .body("cases[0].version", equalTo(3)).body("cases[2].version", equalTo(1));
        List<String> ids = answer.path("cases.caseId");
        List<String> numbers = answer.path("cases.caseNumber");
        for (int i = 0; i < 3; i++) {
            assertEquals(seq(numbers.get(0)) + i, seq(numbers.get(i)), "case numbers are consecutive: " + numbers);
        }
        given().auth().oauth2(OFFICER).get("/api/v1/cases/" + ids.get(0)).then().statusCode(200)
                .header("ETag", "\"3\"").body("status", equalTo("RIGHTS_NOTIFIED"))
                .body("caseNumber", equalTo(numbers.get(0)));
        assertEquals("gov.enforcement.case.CaseRegistered.v1,gov.enforcement.case.InvestigationRecorded.v1,"
                        + "gov.enforcement.case.RightsNotified.v1",
                TestDatabase.text("select string_agg(event_type, ',' order by version) from case_events where case_id = '"
                        + ids.get(0) + "'"));
        // the outbox relay ships them: the outbox drains
        TestDatabase.awaitCount("select count(*) from outbox where message_key = any(array['" + String.join("','", ids)
                + "'])", 0, java.time.Duration.ofSeconds(30));
        // and the next single registration continues the numbering
        String next = CaseResourceTest.register(OFFICER, CaseResourceTest.penaltyCase()).then().statusCode(201)
                .extract().path("caseNumber");
        assertEquals(seq(numbers.get(2)) + 1, seq(next));
    }

    @Test
    @DisplayName("X-TWO in the second case's second step refuses the whole import with 422 naming where; nothing is written")
    void oneRefusedStepRefusesTheImport() {
        long before = streams();
        Map<String, Object> bad = importedCase(CaseResourceTest.penaltyCase(), List.of(
                step("RightsNotified", CaseStepsResourceTest.rights()),
                step("InvestigationRecorded", Map.of("kind", "INVESTIGATION", "startedAt", "2026-09-20T09:00:00+08:00", "endedAt", "2026-09-20T11:00:00+08:00",
                 "certificates", List.of("HB-0001"),
                        "summary", "一人调查"))));
        importCases(OFFICER, Map.of("cases", List.of(investigatedCase(), bad))).then()
                .statusCode(422).contentType("application/problem+json")
                .body("at", equalTo("cases[1].steps[0]")).body("rule", equalTo("X-SEQ"));
        Map<String, Object> twoMissing = importedCase(CaseResourceTest.penaltyCase(), List.of(
                step("InvestigationRecorded", Map.of("kind", "INVESTIGATION", "startedAt", "2026-09-20T09:00:00+08:00", "endedAt", "2026-09-20T11:00:00+08:00",
                 "certificates", List.of("HB-0001"),
                        "summary", "一人调查"))));
        importCases(OFFICER, Map.of("cases", List.of(investigatedCase(), twoMissing))).then()
                .statusCode(422).body("at", equalTo("cases[1].steps[0]")).body("rule", equalTo("X-TWO"));
        assertEquals(before, streams());
    }

    @Test
    @DisplayName("form errors name their place in the import; unknown steps, empty and oversized imports are 400s")
    void formErrorsNameTheirPlace() {
        long before = streams();
        Map<String, Object> noCategory = new java.util.HashMap<>(CaseResourceTest.penaltyCase());
        noCategory.remove("category");
        importCases(OFFICER, Map.of("cases", List.of(investigatedCase(), importedCase(noCategory, List.of()))))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("cases[1].registration.category"));
        importCases(OFFICER, Map.of("cases", List.of(importedCase(CaseResourceTest.penaltyCase(),
                List.of(step("CaseTeleported", Map.of())))))).then().statusCode(400)
                .body("at", equalTo("cases[0].steps[0]"));
        importCases(OFFICER, Map.of("cases", List.of())).then().statusCode(400).body("errors.field", hasItem("cases"));
        importCases(OFFICER, Map.of("cases", Collections.nCopies(CaseImport.MAX_CASES + 1,
                importedCase(CaseResourceTest.penaltyCase(), List.of())))).then().statusCode(400)
                .body("errors.field", hasItem("cases"));
        assertEquals(before, streams());
    }

    @Test
    @DisplayName("a retried import with the same Idempotency-Key answers the first result and records nothing twice")
    void retriedImportIsRecordedOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("cases", List.of(investigatedCase(), investigatedCase()));
        List<String> first = given().auth().oauth2(OFFICER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).post("/api/v1/cases/import").then().statusCode(201).extract().path("cases.caseId");
        long after = streams();
        List<String> again = given().auth().oauth2(OFFICER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).post("/api/v1/cases/import").then().statusCode(201).extract().path("cases.caseId");
        assertEquals(first, again);
        assertEquals(after, streams());
    }

    @Test
    @DisplayName("an officer imports only their own agency's cases; other roles cannot import")
    void importIsForOfficersOfTheAgency() {
        Map<String, Object> foreign = new java.util.HashMap<>(CaseResourceTest.penaltyCase());
        foreign.put("agency", TestAgencies.AGENCY_B);
        importCases(OFFICER, Map.of("cases", List.of(importedCase(foreign, List.of())))).then().statusCode(403);
        importCases(TestTokens.withRole("reviewer", TestAgencies.AGENCY_A), Map.of("cases", List.of(investigatedCase())))
                .then().statusCode(403);
        importCases(TestTokens.mint("officer-x", java.util.Set.of("officer"), null, "HB-0001"),
                Map.of("cases", List.of(investigatedCase()))).then().statusCode(403).contentType("application/problem+json");
    }

    private static int seq(String caseNumber) {
        return Integer.parseInt(caseNumber.replaceAll(".*〕(\\d+)号$", "$1"));
    }
}
