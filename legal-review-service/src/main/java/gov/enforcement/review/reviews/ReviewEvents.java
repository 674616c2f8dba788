package gov.enforcement.review.reviews;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.EventType;
import gov.enforcement.platform.correlation.Correlation;

import java.util.UUID;

/** Review events on {@code enforcement.review-events}: key and subject are the case id, the agency is the case's. */
public final class ReviewEvents {

    public static final String SOURCE = "/legal-review-service";

    private ReviewEvents() {
    }

    /** The data every review event starts with. */
    public static ObjectNode data(Review review) {
        return JsonNodeFactory.instance.objectNode().put("caseId", review.caseId().toString())
                .put("reviewId", review.reviewId().toString()).put("draftHash", review.draftHash());
    }

    public static CloudEvent of(EventType type, UUID caseId, String agency, String causationId, ObjectNode data) {
        return CloudEvent.of(type, caseId.toString()).source(SOURCE).agency(agency)
                .correlationId(Correlation.current()).causationId(causationId).data(data);
    }

    public static CloudEvent of(EventType type, Review review, ObjectNode data) {
        return of(type, review.caseId(), review.agency(), null, data);
    }
}
