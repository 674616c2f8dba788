package gov.enforcement.disclosure.statistics;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.disclosure.CaseStory;
import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.EventType;
import gov.enforcement.events.EventTypes;
import gov.enforcement.events.Topics;
import gov.enforcement.testing.TestDatabase;
import gov.enforcement.testing.TestEvents;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class StatisticsTest {

    @Test
    @DisplayName("D-STATS: a year's figures (per category, fines total, on-time rate, legal reviews) are internal at once and public from 25 January")
    void yearlyFigures() {
        CaseStory story = new CaseStory(TestAgencies.AGENCY_B);
        story.issuedAndRecorded("PENALTY", "未依法支付劳动报酬", LocalDate.of(2025, 6, 10));
        TestEvents.send(Topics.REVIEW_EVENTS, review(story, EventTypes.LEGAL_REVIEW_OPENED,
                JsonNodeFactory.instance.objectNode().put("openedOn", "2025-06-02")));
        TestEvents.send(Topics.REVIEW_EVENTS, review(story, EventTypes.LEGAL_REVIEW_OPINION_GIVEN,
                JsonNodeFactory.instance.objectNode().put("outcome", "RETURN").put("givenAt", "2025-06-04T10:00:00+08:00")));
        TestDatabase.awaitCount("select count(*) from review_counts where agency = '" + TestAgencies.AGENCY_B + "'", 2,
                Duration.ofSeconds(30));
        given().auth().oauth2(TestTokens.withRole("disclosure-clerk", TestAgencies.AGENCY_B)).get("/api/v1/statistics/2025")
                .then().statusCode(200).body("decisions", equalTo(1)).body("byCategory.PENALTY", equalTo(1))
                .body("finesTotal", equalTo(20000))
                .body("legalReviews.OPENED", equalTo(1)).body("legalReviews.RETURN", equalTo(1)).body("internalDueOn", equalTo("2026-01-05"))
                .body("publishedOn", equalTo("2026-01-25"));
        given().get("/api/v1/public/statistics/2025?agency=" + TestAgencies.AGENCY_B).then().statusCode(200)
                .body("decisions", equalTo(1));
        given().get("/api/v1/public/statistics/2099?agency=" + TestAgencies.AGENCY_B).then().statusCode(404)
                .body("rule", equalTo("D-STATS"));
        given().get("/api/v1/public/statistics/2025").then().statusCode(400);
    }

    /** A review event as legal-review-service publishes it (only the fields the counts read). */
    static CloudEvent review(CaseStory story, EventType type, ObjectNode data) {
        return CloudEvent.of(type, story.caseId.toString()).source("/legal-review-service").agency(story.agency)
                .caseVersion(1).data(data.put("caseId", story.caseId.toString()));
    }

    @Test
    @DisplayName("D-STATS: figures are due internally by 5 January and published on 25 January of the next year")
    void calendar() {
        assertFalse(StatisticsCalendar.isPublic(2026, LocalDate.of(2027, 1, 24)));
        assertTrue(StatisticsCalendar.isPublic(2026, LocalDate.of(2027, 1, 25)));
    }
}
