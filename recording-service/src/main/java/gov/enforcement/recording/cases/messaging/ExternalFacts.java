package gov.enforcement.recording.cases.messaging;

import gov.enforcement.recording.cases.domain.CaseEvent;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.EventType;
import gov.enforcement.events.Topics;
import gov.enforcement.platform.messaging.PoisonMessageException;

import java.util.Map;
import java.util.Optional;

/**
 * Which events of legal review and disclosure become steps of the case file (L-ARCHIVE), and how their data
 * reads as the case event. Their other events (queues, deadlines) stay in their own services.
 */
public final class ExternalFacts {

    private static final Map<String, Class<? extends CaseEvent>> FACTS = Map.of(
            review("DecisionClassified"), CaseEvent.DecisionClassified.class,
            review("ReviewOpinionGiven"), CaseEvent.ReviewOpinionGiven.class,
            review("CoordinationResolved"), CaseEvent.CoordinationResolved.class,
            review("CollectiveDiscussionHeld"), CaseEvent.CollectiveDiscussionHeld.class,
            disclosure("DisclosurePublished"), CaseEvent.DisclosurePublished.class,
            disclosure("DisclosureCorrected"), CaseEvent.DisclosureCorrected.class,
            disclosure("DisclosureWithdrawn"), CaseEvent.DisclosureWithdrawn.class);

    private ExternalFacts() {
    }

    /** The case event an incoming event records, or empty when it is not part of the case file. */
    public static Optional<CaseEvent> of(CloudEvent event, ObjectMapper json) {
        Class<? extends CaseEvent> type = FACTS.get(event.type());
        if (type == null) {
            return Optional.empty();
        }
        try {
            // the publisher's data carries more (caseId, reviewId…) than the case file keeps
            return Optional.of(json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .treeToValue(event.data(), type));
        } catch (Exception e) {
            throw new PoisonMessageException("event " + event.id() + " of type " + event.type()
                    + " cannot be read as " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static String review(String name) {
        return new EventType("review", name, 1, Topics.REVIEW_EVENTS).typeName();
    }

    private static String disclosure(String name) {
        return new EventType("disclosure", name, 1, Topics.DISCLOSURE_EVENTS).typeName();
    }
}
