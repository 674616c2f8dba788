package gov.enforcement.recording.cases;

import gov.enforcement.events.Topics;
import gov.enforcement.testing.KafkaTestConsumer;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.ReceivedRecord;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
@TestProfile(TracedRequestTest.Traced.class)
@DisplayName("With tracing on, an event leaves in the trace of the request that caused it, as a child of the service's span")
class TracedRequestTest {

    /** Tracing on, nothing exported: what is checked is the context the records carry. */
    public static class Traced implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.traces.exporter", "none");
        }
    }

    @Test
    @DisplayName("a registration sent with a traceparent: CaseRegistered carries that trace id and the service's own span id")
    void eventJoinsTheRequestsTrace() {
        String traceId = "0af7651916cd43dd8448eb211c80319c";
        String callerSpan = "b7ad6b7169203331";
        String caseId = given().auth().oauth2(CaseResourceTest.OFFICER)
                .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .contentType("application/json").body(CaseResourceTest.penaltyCase())
                .post("/api/v1/cases").then().statusCode(201).extract().path("caseId");

        ReceivedRecord record = KafkaTestConsumer.awaitRecords(Topics.CASE_EVENTS, r -> caseId.equals(r.key()), 1,
                Duration.ofSeconds(30)).get(0);
        String traceparent = record.header("traceparent").orElseThrow();
        assertTrue(traceparent.startsWith("00-" + traceId + "-"), traceparent);
        assertNotEquals(callerSpan, traceparent.split("-")[2], "the parent is the service's span, not the caller's");
    }
}
