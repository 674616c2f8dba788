package gov.enforcement.testing;

import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.Topics;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every service that learns of cases from {@code enforcement.case-events} must do: apply each event
 * exactly once, scope reads by agency, and park poison messages on the dead-letter topic. A service's
 * test extends this with {@code @QuarkusTest} and names its projection table, read path and role.
 */
public abstract class CaseEventsConsumerContract {

    static final Duration WAIT = Duration.ofSeconds(30);

    /** The table with one row per case the service recorded. */
    protected abstract String table();

    /** The read endpoint, without the trailing case id. */
    protected abstract String path();

    /** The role that reads it for its own agency. */
    protected abstract String role();

    @Test
    @DisplayName("a redelivered case event is applied once (inbox in the same transaction as the effect)")
    public void redeliveryIsAppliedOnce() throws InterruptedException {
        UUID caseId = UUID.randomUUID();
        CloudEvent registered = TestEvents.caseRegistered(caseId, TestAgencies.AGENCY_A);
        TestEvents.send(Topics.CASE_EVENTS, registered);
        TestEvents.send(Topics.CASE_EVENTS, registered);

        TestDatabase.awaitCount("select count(*) from " + table() + " where case_id = '" + caseId + "'", 1, WAIT);
        given().auth().oauth2(TestTokens.withRole(role(), TestAgencies.AGENCY_A))
                .get(path() + "/" + caseId).then().statusCode(200).body("caseNumber", equalTo("测〔2026〕1号"));
        Thread.sleep(1_000); // let the second delivery arrive
        assertEquals(1, TestDatabase.count("select count(*) from inbox where event_id = '" + registered.id() + "'"));
        assertTrue(KafkaTestConsumer.recordsWithin(Topics.deadLetter(Topics.CASE_EVENTS),
                r -> caseId.toString().equals(r.key()), Duration.ofMillis(500)).isEmpty(), "the duplicate was no error");
    }

    @Test
    @DisplayName("officers of another agency are refused (403); a case nobody registered is 404")
    public void agencyScoping() {
        UUID caseId = UUID.randomUUID();
        TestEvents.send(Topics.CASE_EVENTS, TestEvents.caseRegistered(caseId, TestAgencies.AGENCY_A));
        TestDatabase.awaitCount("select count(*) from " + table() + " where case_id = '" + caseId + "'", 1, WAIT);
        given().auth().oauth2(TestTokens.withRole(role(), TestAgencies.AGENCY_B))
                .get(path() + "/" + caseId).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.withRole("auditor", TestAgencies.AGENCY_B))
                .get(path() + "/" + caseId).then().statusCode(200);
        given().auth().oauth2(TestTokens.officer(TestAgencies.AGENCY_A, "HB-0001"))
                .get(path() + "/" + caseId).then().statusCode(403);
        given().get(path() + "/" + caseId).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.withRole(role(), TestAgencies.AGENCY_A))
                .get(path() + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @DisplayName("a poison message goes to enforcement.case-events.dlq with the error in its headers, and the next one still applies")
    public void poisonGoesToTheDeadLetterTopic() {
        String key = UUID.randomUUID().toString();
        TestEvents.send(Topics.CASE_EVENTS, key, "this is not a CloudEvent".getBytes(StandardCharsets.UTF_8));
        UUID after = UUID.randomUUID();
        TestEvents.send(Topics.CASE_EVENTS, TestEvents.caseRegistered(after, TestAgencies.AGENCY_A));

        ReceivedRecord dead = KafkaTestConsumer.awaitRecords(Topics.deadLetter(Topics.CASE_EVENTS),
                r -> key.equals(r.key()), 1, WAIT).get(0);
        assertTrue(dead.header("dead-letter-reason").isPresent(), "the reason travels with the message");
        assertEquals("this is not a CloudEvent", dead.valueAsString());
        TestDatabase.awaitCount("select count(*) from " + table() + " where case_id = '" + after + "'", 1, WAIT);
    }
}
