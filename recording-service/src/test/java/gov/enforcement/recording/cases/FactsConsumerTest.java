package gov.enforcement.recording.cases;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.EventType;
import gov.enforcement.events.Topics;
import gov.enforcement.testing.KafkaTestConsumer;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestDatabase;
import gov.enforcement.testing.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static gov.enforcement.recording.cases.CaseStepsResourceTest.DECIDER;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.INVESTIGATOR;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.append;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.draftedCase;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.eventsOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class FactsConsumerTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    static CloudEvent fact(String family, String topic, String name, String caseId, ObjectNode data) {
        return CloudEvent.of(new EventType(family, name, 1, topic), caseId).source("/" + family)
                .agency(TestAgencies.AGENCY_A).data(data.put("caseId", caseId));
    }

    static ObjectNode data() {
        return JsonNodeFactory.instance.objectNode();
    }

    static void awaitVersion(String caseId, long version) {
        TestDatabase.awaitCount("select count(*) from case_events where case_id = '" + caseId + "'", version, WAIT);
    }

    @Test
    @DisplayName("L-GATE and L-ARCHIVE: classification, approval and discussion from legal review enter the case file once, then the decision issues")
    void reviewFactsOpenTheGate() {
        String caseId = draftedCase(200_000);
        String hash = given().auth().oauth2(INVESTIGATOR).get("/api/v1/cases/" + caseId).then().extract().path("draft.hash");
        long drafted = eventsOf(caseId);

        ObjectNode classification = data().put("draftHash", hash).put("major", true).put("catalogueVersion", "2026.1");
        classification.putArray("criteria").add("FINE_ABOVE_THRESHOLD");
        CloudEvent classified = fact("review", Topics.REVIEW_EVENTS, "DecisionClassified", caseId, classification);
        TestEvents.send(Topics.REVIEW_EVENTS, classified);
        TestEvents.send(Topics.REVIEW_EVENTS, classified); // redelivered: recorded once
        awaitVersion(caseId, drafted + 1);

        ObjectNode opinion = data().put("reviewId", UUID.randomUUID().toString()).put("draftHash", hash)
                .put("outcome", "APPROVE").put("reviewer", "reviewer-1").putNull("problems").putNull("signature");
        opinion.putArray("items").addObject().put("item", "COMPETENCE").put("passed", true).put("comment", "主体适格");
        TestEvents.send(Topics.REVIEW_EVENTS, fact("review", Topics.REVIEW_EVENTS, "ReviewOpinionGiven", caseId, opinion));
        ObjectNode discussion = data().put("draftHash", hash).put("heldOn", "2026-09-28").put("outcome", "APPROVED");
        discussion.putArray("participants").add("局长").add("副局长");
        TestEvents.send(Topics.REVIEW_EVENTS, fact("review", Topics.REVIEW_EVENTS, "CollectiveDiscussionHeld", caseId, discussion));
        // legal review's own bookkeeping does not enter the case file
        TestEvents.send(Topics.REVIEW_EVENTS, fact("review", Topics.REVIEW_EVENTS, "ReviewAssigned", caseId, data()));
        awaitVersion(caseId, drafted + 3);

        append(DECIDER, caseId, "DecisionIssued", Map.of("documentNumber", "石人社监罚〔2026〕5号",
                "decidedOn", "2026-09-29")).then().statusCode(201).body("status", equalTo("DECIDED"));
        given().auth().oauth2(INVESTIGATOR).get("/api/v1/cases/" + caseId).then()
                .body("issued.draftHash", equalTo(hash)).body("draft.major", equalTo(true));

        TestEvents.send(Topics.DISCLOSURE_EVENTS, fact("disclosure", Topics.DISCLOSURE_EVENTS, "DisclosurePublished", caseId,
                data().put("disclosureId", UUID.randomUUID().toString()).put("disclosureVersion", 1)
                        .put("at", "2026-09-30T10:00:00+08:00")));
        awaitVersion(caseId, drafted + 5);
        assertEquals(1, TestDatabase.count("select count(*) from case_events where case_id = '" + caseId
                + "' and event_type = 'gov.enforcement.case.DecisionClassified.v1'"));
    }

    @Test
    @DisplayName("a fact about an unknown case is dead-lettered with the reason, not lost and not retried forever")
    void factAboutUnknownCaseIsDeadLettered() {
        String caseId = UUID.randomUUID().toString();
        TestEvents.send(Topics.REVIEW_EVENTS, fact("review", Topics.REVIEW_EVENTS, "DecisionClassified", caseId,
                data().put("draftHash", "0".repeat(64)).put("major", false).put("catalogueVersion", "1")));
        var dead = KafkaTestConsumer.awaitRecords(Topics.deadLetter(Topics.REVIEW_EVENTS),
                r -> caseId.equals(r.key()), 1, WAIT).get(0);
        assertEquals(true, dead.header("dead-letter-reason").isPresent());
    }
}
