package gov.enforcement.recording.cases;

import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.CloudEventCodec;
import gov.enforcement.events.EventTypes;
import gov.enforcement.events.Topics;
import gov.enforcement.testing.KafkaTestConsumer;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.ReceivedRecord;
import gov.enforcement.testing.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class CaseEventsPublishedTest {

    @Test
    @DisplayName("CaseRegistered leaves through the outbox as a structured CloudEvent keyed by case id, with the correlation id")
    void caseRegisteredIsPublished() throws Exception {
        String correlation = "corr-" + UUID.randomUUID();
        String caseId = given().auth().oauth2(CaseResourceTest.OFFICER).header("X-Correlation-Id", correlation)
                .contentType("application/json").body(CaseResourceTest.penaltyCase())
                .post("/api/v1/cases").then().statusCode(201)
                .header("X-Correlation-Id", correlation).extract().path("caseId");

        ReceivedRecord record = KafkaTestConsumer.awaitRecords(Topics.CASE_EVENTS, r -> caseId.equals(r.key()), 1,
                Duration.ofSeconds(30)).get(0);
        CloudEvent event = CloudEventCodec.fromBytes(record.value());
        assertEquals(EventTypes.CASE_REGISTERED.typeName(), event.type());
        assertEquals(caseId, event.subject());
        assertEquals(1L, event.caseVersion());
        assertEquals(correlation, event.correlationId());
        assertEquals(correlation, record.header("correlationid").orElseThrow());
        assertTrue(record.header("content-type").orElseThrow().startsWith("application/cloudevents+json"));
        assertEquals(caseId, event.data().path("caseId").asText());
        assertTrue(event.data().path("caseNumber").asText().endsWith("号"));

        // the relay deletes what the broker acknowledged
        assertEquals(0, TestDatabase.count("select count(*) from outbox where event_id = '" + event.id() + "'"));
    }
}
