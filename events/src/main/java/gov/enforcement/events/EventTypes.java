package gov.enforcement.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type this system publishes, mapped in one place: type names are never class names. */
public final class EventTypes {

    // enforcement.case-events: every step of a case stream (recording-service), in stream order per case
    public static final EventType CASE_REGISTERED = caseEvent("CaseRegistered");
    public static final EventType OFFICERS_ASSIGNED = caseEvent("OfficersAssigned");
    public static final EventType CREDENTIALS_SHOWN = caseEvent("CredentialsShown");
    public static final EventType INVESTIGATION_RECORDED = caseEvent("InvestigationRecorded");
    public static final EventType EVIDENCE_RECORDED = caseEvent("EvidenceRecorded");
    public static final EventType AUDIO_VISUAL_RECORDED = caseEvent("AudioVisualRecorded");
    public static final EventType RIGHTS_NOTIFIED = caseEvent("RightsNotified");
    public static final EventType HEARING_REQUESTED = caseEvent("HearingRequested");
    public static final EventType HEARING_HELD = caseEvent("HearingHeld");
    public static final EventType DECISION_DRAFTED = caseEvent("DecisionDrafted");
    public static final EventType DECISION_CLASSIFIED = caseEvent("DecisionClassified");
    public static final EventType REVIEW_OPINION_GIVEN = caseEvent("ReviewOpinionGiven");
    public static final EventType COORDINATION_RESOLVED = caseEvent("CoordinationResolved");
    public static final EventType COLLECTIVE_DISCUSSION_HELD = caseEvent("CollectiveDiscussionHeld");
    public static final EventType DECISION_ISSUED = caseEvent("DecisionIssued");
    public static final EventType DOCUMENT_SERVED = caseEvent("DocumentServed");
    public static final EventType DECISION_EXECUTED = caseEvent("DecisionExecuted");
    public static final EventType CASE_CLOSED = caseEvent("CaseClosed");
    public static final EventType CASE_ARCHIVED = caseEvent("CaseArchived");
    public static final EventType DECISION_REVOKED = caseEvent("DecisionRevoked");
    public static final EventType DECISION_CONFIRMED_ILLEGAL = caseEvent("DecisionConfirmedIllegal");
    public static final EventType DECISION_ORDERED_REMADE = caseEvent("DecisionOrderedRemade");
    public static final EventType CASE_TRANSFERRED = caseEvent("CaseTransferred");
    public static final EventType INTERFERENCE_RECORDED = caseEvent("InterferenceRecorded");
    public static final EventType DISCLOSURE_PUBLISHED = caseEvent("DisclosurePublished");
    public static final EventType DISCLOSURE_CORRECTED = caseEvent("DisclosureCorrected");
    public static final EventType DISCLOSURE_WITHDRAWN = caseEvent("DisclosureWithdrawn");

    public static final List<EventType> ALL = List.of(
            CASE_REGISTERED,
            OFFICERS_ASSIGNED,
            CREDENTIALS_SHOWN,
            INVESTIGATION_RECORDED,
            EVIDENCE_RECORDED,
            AUDIO_VISUAL_RECORDED,
            RIGHTS_NOTIFIED,
            HEARING_REQUESTED,
            HEARING_HELD,
            DECISION_DRAFTED,
            DECISION_CLASSIFIED,
            REVIEW_OPINION_GIVEN,
            COORDINATION_RESOLVED,
            COLLECTIVE_DISCUSSION_HELD,
            DECISION_ISSUED,
            DOCUMENT_SERVED,
            DECISION_EXECUTED,
            CASE_CLOSED,
            CASE_ARCHIVED,
            DECISION_REVOKED,
            DECISION_CONFIRMED_ILLEGAL,
            DECISION_ORDERED_REMADE,
            CASE_TRANSFERRED,
            INTERFERENCE_RECORDED,
            DISCLOSURE_PUBLISHED,
            DISCLOSURE_CORRECTED,
            DISCLOSURE_WITHDRAWN);

    private static final Map<String, EventType> BY_TYPE_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::typeName, Function.identity()));

    private EventTypes() {
    }

    /** The registered type of that name; empty for an unknown or absent name (immutable maps reject a null key). */
    public static Optional<EventType> find(String typeName) {
        return typeName == null ? Optional.empty() : Optional.ofNullable(BY_TYPE_NAME.get(typeName));
    }

    private static EventType caseEvent(String name) {
        return new EventType("case", name, 1, Topics.CASE_EVENTS);
    }
}
