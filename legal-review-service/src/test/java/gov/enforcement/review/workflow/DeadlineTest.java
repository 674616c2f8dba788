package gov.enforcement.review.workflow;

import gov.enforcement.testing.ManagementInterface;
import gov.enforcement.events.EventTypes;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestDatabase;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static gov.enforcement.testing.ManagementInterface.management;
import static gov.enforcement.review.workflow.ReviewApi.get;
import static gov.enforcement.review.workflow.ReviewApi.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class DeadlineTest {

    static final String A = TestAgencies.AGENCY_A;
    static final String LI = TestTokens.mint("reviewer-li", Set.of("reviewer"), A, null);

    @Test
    @DisplayName("L-TIME, L-COORDINATE, L-COUNSEL: one extension, coordination and counsel recorded; an overdue review raises ReviewOverdue once, shows in the queue and the gauge")
    void overdueOnceAcrossChecks() throws Exception {
        Catalogues.standard();
        CaseStream stream = new CaseStream(A).registered("PENALTY", "officer-HB-0401", "HB-0401");
        String hash = stream.drafted(1, "80000", "情节严重", "COMPLEX_CASE");
        String review = stream.reviewEvent(EventTypes.LEGAL_REVIEW_OPENED, hash).path("reviewId").asText();
        String path = "/api/v1/reviews/" + review;

        get(LI, "/api/v1/reviews").statusCode(200); // known as a reviewer of agency A from now on
        post(Catalogues.ADMIN, path + "/assign", Map.of("reviewer", "reviewer-li")).statusCode(200)
                .body("reviewer", equalTo("reviewer-li"));
        post(Catalogues.ADMIN, path + "/assign", Map.of("reviewer", "officer-HB-0401")).statusCode(403)
                .body("rule", equalTo("X-SEPARATE"));
        post(LI, path + "/counsel-notes", Map.of("counsel", "孙律师", "note", "建议从轻")).statusCode(200);
        post(LI, path + "/coordination", Map.of("disagreement", "是否减轻", "outcome", "REVIEW_UPHELD")).statusCode(200);
        post(LI, path + "/coordination", Map.of("outcome", "x")).statusCode(400);
        String due = get(LI, path).extract().path("review.dueOn");
        post(LI, path + "/extension", Map.of("reason", "案情复杂")).statusCode(200).body("extended", equalTo(true));
        post(LI, path + "/extension", Map.of("reason", "again")).statusCode(409).body("rule", equalTo("L-TIME"));
        assertEquals(due, stream.reviewEvent(EventTypes.LEGAL_REVIEW_EXTENDED, hash).path("previousDueOn").asText());
        assertEquals("REVIEW_UPHELD", stream.reviewEvent(EventTypes.LEGAL_REVIEW_COORDINATION_RESOLVED, hash).path("outcome").asText());
        assertEquals("孙律师", stream.reviewEvent(EventTypes.LEGAL_REVIEW_COUNSEL_NOTE_GIVEN, hash).path("counsel").asText());

        // the deadline passes (as after a restart days later): the state is in the table, the scheduler finds it
        try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement()) {
            sql.executeUpdate("update reviews set due_on = date '2026-01-05' where review_id = '" + review + "'");
        }
        assertEquals("2026-01-05", stream.reviewEvent(EventTypes.LEGAL_REVIEW_OVERDUE, hash).path("dueOn").asText());
        Thread.sleep(3_000); // several more checks run
        assertEquals(1, stream.reviewEventsWithin(EventTypes.LEGAL_REVIEW_OVERDUE, Duration.ofSeconds(3)).size(), "raised once per review");
        assertEquals(1, TestDatabase.count("select count(*) from review_history where kind = 'ReviewOverdue' and review_id = '"
                + review + "'"));
        get(LI, "/api/v1/reviews?status=OVERDUE").statusCode(200).body("review.reviewId", hasItem(review))
                .body("find { it.review.reviewId == '" + review + "' }.overdue", equalTo(true));
        management().get("/q/metrics").then().statusCode(200)
                .body(containsString("enforcement_reviews_overdue{agency=\"" + A + "\""));
        TestDatabase.awaitCount("select count(*) from reviews where review_id = '" + review + "' and overdue_raised_on is not null",
                1, Duration.ofSeconds(5));
    }

    @Test
    @DisplayName("health and metrics answer on the management port only, never on the API port")
    void managementEndpointsAreNotOnTheApiPort() {
        ManagementInterface.assertHealthAndMetricsOnlyOnTheManagementPort();
    }
}
