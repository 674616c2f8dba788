package gov.enforcement.recording.cases;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.events.Topics;
import gov.enforcement.testing.KafkaTestConsumer;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.ReceivedRecord;
import gov.enforcement.testing.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static gov.enforcement.recording.cases.CaseStepsResourceTest.INVESTIGATOR;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.draftedCase;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.eventsOf;
import static gov.enforcement.recording.cases.FactsConsumerTest.data;
import static gov.enforcement.recording.cases.FactsConsumerTest.fact;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tracing is off here (the default): a trace that arrives with a fact still travels on with what the fact causes. */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
@DisplayName("Trace context through the outbox: a consumed fact's traceparent travels on with the events it causes")
class TraceParentTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    static ReceivedRecord lastCaseEvent(String caseId, long version) {
        return KafkaTestConsumer.awaitRecords(Topics.CASE_EVENTS, r -> caseId.equals(r.key())
                && r.valueAsString().contains("\"caseversion\":" + version), 1, WAIT).get(0);
    }

    @Test
    @DisplayName("a fact from legal review with a traceparent: the case event it records carries the same trace")
    void consumedTraceTravelsOn() {
        String caseId = draftedCase(200_000);
        String hash = given().auth().oauth2(INVESTIGATOR).get("/api/v1/cases/" + caseId).then().extract().path("draft.hash");
        long drafted = eventsOf(caseId);
        ObjectNode classification = data().put("draftHash", hash).put("major", true).put("catalogueVersion", "2026.1");
        classification.putArray("criteria").add("FINE_ABOVE_THRESHOLD");
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        TestEvents.send(Topics.REVIEW_EVENTS, fact("review", Topics.REVIEW_EVENTS, "DecisionClassified", caseId, classification),
                Map.of("traceparent", traceparent));

        String carried = lastCaseEvent(caseId, drafted + 1).header("traceparent").orElseThrow();
        // the same trace; the span is the consumer's own when tracing is on, the fact's when it is off
        assertTrue(carried.startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-"), carried);
        assertEquals(traceparent.length(), carried.length());
    }

    @Test
    @DisplayName("a malformed traceparent from outside is not passed on: the record has a well-formed one of its own or none")
    void malformedTraceIsDropped() {
        String caseId = draftedCase(200_000);
        String hash = given().auth().oauth2(INVESTIGATOR).get("/api/v1/cases/" + caseId).then().extract().path("draft.hash");
        long drafted = eventsOf(caseId);
        ObjectNode classification = data().put("draftHash", hash).put("major", false).put("catalogueVersion", "2026.1");
        classification.putArray("criteria");
        TestEvents.send(Topics.REVIEW_EVENTS, fact("review", Topics.REVIEW_EVENTS, "DecisionClassified", caseId, classification),
                Map.of("traceparent", "00-zz\r\nX-Injected: 1"));

        lastCaseEvent(caseId, drafted + 1).header("traceparent").ifPresent(carried ->
                assertTrue(carried.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}"), carried));
    }
}
