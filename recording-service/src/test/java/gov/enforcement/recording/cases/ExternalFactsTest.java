package gov.enforcement.recording.cases;

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
}
