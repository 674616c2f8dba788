package gov.enforcement.recording.cases;

import gov.enforcement.events.EventType;
import gov.enforcement.events.EventTypes;

import java.util.Map;
import java.util.Optional;

/** Which published event type each case event class is; the only place the two are tied. */
final class CaseEventTypes {

    private static final Map<Class<? extends CaseEvent>, EventType> TYPES = Map.ofEntries(
            Map.entry(CaseEvent.CaseRegistered.class, EventTypes.CASE_REGISTERED),
            Map.entry(CaseEvent.OfficersAssigned.class, EventTypes.OFFICERS_ASSIGNED),
            Map.entry(CaseEvent.CredentialsShown.class, EventTypes.CREDENTIALS_SHOWN),
            Map.entry(CaseEvent.InvestigationRecorded.class, EventTypes.INVESTIGATION_RECORDED),
            Map.entry(CaseEvent.EvidenceRecorded.class, EventTypes.EVIDENCE_RECORDED),
            Map.entry(CaseEvent.AudioVisualRecorded.class, EventTypes.AUDIO_VISUAL_RECORDED),
            Map.entry(CaseEvent.RightsNotified.class, EventTypes.RIGHTS_NOTIFIED),
            Map.entry(CaseEvent.HearingRequested.class, EventTypes.HEARING_REQUESTED),
            Map.entry(CaseEvent.HearingHeld.class, EventTypes.HEARING_HELD),
            Map.entry(CaseEvent.DecisionDrafted.class, EventTypes.DECISION_DRAFTED),
            Map.entry(CaseEvent.DecisionClassified.class, EventTypes.DECISION_CLASSIFIED),
            Map.entry(CaseEvent.ReviewOpinionGiven.class, EventTypes.REVIEW_OPINION_GIVEN),
            Map.entry(CaseEvent.CoordinationResolved.class, EventTypes.COORDINATION_RESOLVED),
            Map.entry(CaseEvent.CollectiveDiscussionHeld.class, EventTypes.COLLECTIVE_DISCUSSION_HELD),
            Map.entry(CaseEvent.DecisionIssued.class, EventTypes.DECISION_ISSUED),
            Map.entry(CaseEvent.DocumentServed.class, EventTypes.DOCUMENT_SERVED),
            Map.entry(CaseEvent.DecisionExecuted.class, EventTypes.DECISION_EXECUTED),
            Map.entry(CaseEvent.CaseClosed.class, EventTypes.CASE_CLOSED),
            Map.entry(CaseEvent.CaseArchived.class, EventTypes.CASE_ARCHIVED),
            Map.entry(CaseEvent.DecisionRevoked.class, EventTypes.DECISION_REVOKED),
            Map.entry(CaseEvent.DecisionConfirmedIllegal.class, EventTypes.DECISION_CONFIRMED_ILLEGAL),
            Map.entry(CaseEvent.DecisionOrderedRemade.class, EventTypes.DECISION_ORDERED_REMADE),
            Map.entry(CaseEvent.CaseTransferred.class, EventTypes.CASE_TRANSFERRED),
            Map.entry(CaseEvent.InterferenceRecorded.class, EventTypes.INTERFERENCE_RECORDED),
            Map.entry(CaseEvent.DisclosurePublished.class, EventTypes.DISCLOSURE_PUBLISHED),
            Map.entry(CaseEvent.DisclosureCorrected.class, EventTypes.DISCLOSURE_CORRECTED),
            Map.entry(CaseEvent.DisclosureWithdrawn.class, EventTypes.DISCLOSURE_WITHDRAWN));

    private CaseEventTypes() {
    }

    static EventType of(CaseEvent event) {
        return typeOf(event.getClass());
    }

    static EventType typeOf(Class<? extends CaseEvent> eventClass) {
        EventType type = TYPES.get(eventClass);
        if (type == null) {
            throw new IllegalStateException("no published type for " + eventClass.getSimpleName());
        }
        return type;
    }

    static Class<? extends CaseEvent> classOf(String typeName) {
        return find(typeName).orElseThrow(() -> new IllegalStateException("unknown case event type " + typeName));
    }

    /** The event class of a short ({@code DecisionIssued}) or full type name. */
    static Optional<Class<? extends CaseEvent>> find(String name) {
        return TYPES.entrySet().stream()
                .filter(e -> e.getValue().typeName().equals(name) || e.getValue().name().equals(name))
                .<Class<? extends CaseEvent>>map(Map.Entry::getKey).findFirst();
    }
}
