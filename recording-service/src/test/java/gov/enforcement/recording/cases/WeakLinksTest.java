package gov.enforcement.recording.cases;

import gov.enforcement.events.Topics;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestDatabase;
import gov.enforcement.testing.TestEvents;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static gov.enforcement.recording.cases.CaseStepsResourceTest.INVESTIGATOR;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.append;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.newCase;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class WeakLinksTest {

    static final String AUDITOR = TestTokens.withRole("auditor", TestAgencies.AGENCY_B);

    @Test
    @DisplayName("R-ANALYSE: refused out-of-order steps and overdue steps are counted per agency and period")
    void weakLinksAreCounted() {
        String caseId = newCase();
        append(INVESTIGATOR, caseId, "CaseArchived", Map.of("retentionClass", "LONG", "retentionYears", 30))
                .then().statusCode(422);
        TestEvents.send(Topics.REVIEW_EVENTS, FactsConsumerTest.fact("review", Topics.REVIEW_EVENTS, "ReviewOverdue",
                caseId, FactsConsumerTest.data().put("reviewId", java.util.UUID.randomUUID().toString())));
        TestDatabase.awaitCount("select count(*) from overdue_steps where case_id = '" + caseId + "'", 1, Duration.ofSeconds(30));

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        given().auth().oauth2(AUDITOR).queryParam("from", today).queryParam("to", today)
                .queryParam("agency", TestAgencies.AGENCY_A).get("/api/v1/analytics/weak-links").then().statusCode(200)
                .body("[0].outOfOrderRefused", greaterThanOrEqualTo(1))
                .body("[0].refusalsByRule.X-SEQ", greaterThanOrEqualTo(1))
                .body("[0].overdueSteps", greaterThanOrEqualTo(1))
                .body("[0].casesRegistered", greaterThanOrEqualTo(1));
    }

    @Test
    @DisplayName("R-ANALYSE, P-TIME, P-COERCE: a seizure kept past its last day is an overdue limit, on the case and in the analysis")
    void overdueLimitsAreCounted() {
        String caseId = ProcedureStepsResourceTest.register("COERCION", "COERCIVE_MEASURE", ProcedureStepsResourceTest.organisation());
        ProcedureStepsResourceTest.step(caseId, "InvestigationRecorded", CaseStepsResourceTest.investigation());
        ProcedureStepsResourceTest.step(caseId, "PropertySealed", Map.of("measure", "SEALING", "items", java.util.List.of("仓库一间"),
                "certificates", java.util.List.of("HB-0001", "HB-0002"), "from", "2026-01-05", "until", "2026-02-03",
                "approval", ProcedureStepsResourceTest.HEAD));
        given().auth().oauth2(INVESTIGATOR).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("timeLimits.find { it.limit == 'SEALING' }.overdue", org.hamcrest.Matchers.equalTo(true))
                .body("timeLimits.find { it.limit == 'DECISION' }.overdue", org.hamcrest.Matchers.equalTo(false));
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        given().auth().oauth2(AUDITOR).queryParam("from", today).queryParam("to", today)
                .queryParam("agency", TestAgencies.AGENCY_A).get("/api/v1/analytics/weak-links").then().statusCode(200)
                .body("[0].overdueLimits.SEALING", greaterThanOrEqualTo(1));
    }

    @Test
    @DisplayName("R-ANALYSE: periods are bounded and dates checked; officers do not see the analysis")
    void badPeriodsAreRefused() {
        given().auth().oauth2(AUDITOR).queryParam("from", "2026-13-01").get("/api/v1/analytics/weak-links")
                .then().statusCode(400);
        given().auth().oauth2(AUDITOR).queryParam("from", "2020-01-01").queryParam("to", "2026-01-01")
                .get("/api/v1/analytics/weak-links").then().statusCode(400);
        given().auth().oauth2(AUDITOR).queryParam("from", "2026-05-01").queryParam("to", "2026-04-01")
                .get("/api/v1/analytics/weak-links").then().statusCode(400);
        given().auth().oauth2(INVESTIGATOR).get("/api/v1/analytics/weak-links").then().statusCode(403);
    }
}
