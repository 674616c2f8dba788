package gov.enforcement.review.reviews;

import gov.enforcement.events.EventType;
import gov.enforcement.events.EventTypes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The review-task events published as typed records; each names its registered type and starts with its review. */
public sealed interface TaskEvent {

    EventType type();

    UUID reviewId();

    /** Seed 003 §14–§15: the materials, the declaration and the answers to the raised problems are in. */
    record ReviewSubmitted(UUID caseId, UUID reviewId, String draftHash, String submittedBy, List<Material> materials,
                           boolean declaration, List<Answer> answers, boolean resumed, LocalDate dueOn,
                           String calendarVersion) implements TaskEvent {
        public EventType type() {
            return EventTypes.LEGAL_REVIEW_SUBMITTED;
        }
    }

    /** The reviewer asked for supplementary materials; the clock stopped with that many working days left. */
    record SupplementRequested(UUID caseId, UUID reviewId, String draftHash, List<RaisedProblem> problems,
                               String requestedBy, LocalDate pausedOn, LocalDate dueOn, int remainingWorkingDays)
            implements TaskEvent {
        public EventType type() {
            return EventTypes.LEGAL_REVIEW_SUPPLEMENT_REQUESTED;
        }
    }

    /** The holder gave the review back to the agency's reviewers (the candidate group) before the opinion. */
    record ReviewUnclaimed(UUID caseId, UUID reviewId, String draftHash, String reviewer) implements TaskEvent {
        public EventType type() {
            return EventTypes.LEGAL_REVIEW_UNCLAIMED;
        }
    }
}
