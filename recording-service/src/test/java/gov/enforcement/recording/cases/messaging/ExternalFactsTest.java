package gov.enforcement.recording.cases.messaging;

import gov.enforcement.recording.cases.domain.CaseEvent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.EventTypes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** L-ARCHIVE: what legal review publishes reaches the case file whole. */
class ExternalFactsTest {

    @Test
    @DisplayName("L-COORDINATE, L-ARCHIVE: a coordination enters the case file with its disagreement, not only its outcome")
    void coordinationKeepsTheDisagreement() {
        String hash = "a".repeat(64);
        CloudEvent published = CloudEvent.of(EventTypes.LEGAL_REVIEW_COORDINATION_RESOLVED, UUID.randomUUID().toString())
                .source("/legal-review-service")
                .data(JsonNodeFactory.instance.objectNode().put("reviewId", UUID.randomUUID().toString())
                        .put("draftHash", hash).put("disagreement", "是否减轻").put("outcome", "DRAFT_UPHELD")
                        .put("recordedBy", "admin-1"));

        CaseEvent.CoordinationResolved fact = (CaseEvent.CoordinationResolved) ExternalFacts.of(published, new ObjectMapper())
                .orElseThrow();

        assertEquals("是否减轻", fact.disagreement());
        assertEquals("DRAFT_UPHELD", fact.outcome());
    }

    @Test
    @DisplayName("L-ARCHIVE: an opinion enters the case file with every signed field verbatim; an older one reads with them null")
    void opinionKeepsItsSignedFields() {
        ObjectMapper json = new ObjectMapper();
        var data = JsonNodeFactory.instance.objectNode().put("caseId", UUID.randomUUID().toString())
                .put("reviewId", UUID.randomUUID().toString()).put("draftHash", "b".repeat(64)).put("outcome", "APPROVE")
                .putNull("problems").put("reviewer", "chen.jing").put("signature", "c2ln");
        data.putArray("items");
        CloudEvent older = CloudEvent.of(EventTypes.LEGAL_REVIEW_OPINION_GIVEN, UUID.randomUUID().toString())
                .source("/legal-review-service").data(data.deepCopy());
        // a time written as the signer wrote it, which a date-time type would re-format
        data.put("givenAt", "2026-04-09T17:05:12.600+08:00").put("keyId", "ed25519-3f9a0c21")
                .put("opinionNumber", "石人社法审〔2026〕7号");
        CloudEvent published = CloudEvent.of(EventTypes.LEGAL_REVIEW_OPINION_GIVEN, UUID.randomUUID().toString())
                .source("/legal-review-service").data(data);

        CaseEvent.ReviewOpinionGiven fact = (CaseEvent.ReviewOpinionGiven) ExternalFacts.of(published, json).orElseThrow();
        CaseEvent.ReviewOpinionGiven old = (CaseEvent.ReviewOpinionGiven) ExternalFacts.of(older, json).orElseThrow();

        assertEquals("2026-04-09T17:05:12.600+08:00", json.valueToTree(fact).path("givenAt").asText());
        assertEquals("ed25519-3f9a0c21", fact.keyId());
        assertEquals("石人社法审〔2026〕7号", fact.opinionNumber());
        assertEquals("chen.jing", fact.reviewer());
        assertEquals(null, old.givenAt());
        assertEquals(null, old.keyId());
    }
}
