package gov.enforcement.recording.cases.domain;

import gov.enforcement.events.EventType;
import gov.enforcement.events.EventTypes;

import java.util.Map;
import java.util.Optional;

/** Which published event type each case event class is; the only place the two are tied. */
public final class CaseEventTypes {

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
            Map.entry(CaseEvent.DisclosureWithdrawn.class, EventTypes.DISCLOSURE_WITHDRAWN),
            Map.entry(OutcomeEvent.OnTheSpotDecisionMade.class, EventTypes.ON_THE_SPOT_DECISION_MADE),
            Map.entry(OutcomeEvent.OnTheSpotDecisionFiled.class, EventTypes.ON_THE_SPOT_DECISION_FILED),
            Map.entry(OutcomeEvent.CaseWithdrawn.class, EventTypes.CASE_WITHDRAWN),
            Map.entry(OutcomeEvent.DecisionChanged.class, EventTypes.DECISION_CHANGED),
            Map.entry(DefenceEvent.StatementAndDefenceRecorded.class, EventTypes.STATEMENT_AND_DEFENCE_RECORDED),
            Map.entry(DefenceEvent.DefenceReChecked.class, EventTypes.DEFENCE_RE_CHECKED),
            Map.entry(DefenceEvent.RecusalDecided.class, EventTypes.RECUSAL_DECIDED),
            Map.entry(DefenceEvent.HearingNotified.class, EventTypes.HEARING_NOTIFIED),
            Map.entry(DefenceEvent.HearingWaived.class, EventTypes.HEARING_WAIVED),
            Map.entry(DefenceEvent.TimeLimitExtended.class, EventTypes.TIME_LIMIT_EXTENDED),
            Map.entry(ExecutionEvent.PaymentNoticeIssued.class, EventTypes.PAYMENT_NOTICE_ISSUED),
            Map.entry(ExecutionEvent.PaymentReceived.class, EventTypes.PAYMENT_RECEIVED),
            Map.entry(ExecutionEvent.PaymentDeferred.class, EventTypes.PAYMENT_DEFERRED),
            Map.entry(ExecutionEvent.LatePaymentSurchargeAssessed.class, EventTypes.LATE_PAYMENT_SURCHARGE_ASSESSED),
            Map.entry(ExecutionEvent.CourtEnforcementApplied.class, EventTypes.COURT_ENFORCEMENT_APPLIED),
            Map.entry(ExecutionEvent.CourtEnforcementConcluded.class, EventTypes.COURT_ENFORCEMENT_CONCLUDED),
            Map.entry(ExecutionEvent.ExecutionTerminated.class, EventTypes.EXECUTION_TERMINATED),
            Map.entry(LicensingEvent.ApplicationHandled.class, EventTypes.APPLICATION_HANDLED),
            Map.entry(LicensingEvent.CorrectionRequested.class, EventTypes.CORRECTION_REQUESTED),
            Map.entry(LicensingEvent.CorrectionSupplied.class, EventTypes.CORRECTION_SUPPLIED),
            Map.entry(LicensingEvent.LicenceDecided.class, EventTypes.LICENCE_DECIDED),
            Map.entry(LicensingEvent.LicenceCertificateIssued.class, EventTypes.LICENCE_CERTIFICATE_ISSUED),
            Map.entry(LicensingEvent.LicenceAltered.class, EventTypes.LICENCE_ALTERED),
            Map.entry(CoercionEvent.PropertySealed.class, EventTypes.PROPERTY_SEALED),
            Map.entry(CoercionEvent.SealingExtended.class, EventTypes.SEALING_EXTENDED),
            Map.entry(CoercionEvent.SealingEnded.class, EventTypes.SEALING_ENDED),
            Map.entry(CoercionEvent.ExecutionDemanded.class, EventTypes.EXECUTION_DEMANDED),
            Map.entry(CoercionEvent.CoerciveExecutionCarriedOut.class, EventTypes.COERCIVE_EXECUTION_CARRIED_OUT),
            Map.entry(InspectionEvent.InspectionConcluded.class, EventTypes.INSPECTION_CONCLUDED));

    private CaseEventTypes() {
    }

    public static EventType of(CaseEvent event) {
        return typeOf(event.getClass());
    }

    public static EventType typeOf(Class<? extends CaseEvent> eventClass) {
        EventType type = TYPES.get(eventClass);
        if (type == null) {
            throw new IllegalStateException("no published type for " + eventClass.getSimpleName());
        }
        return type;
    }

    public static Class<? extends CaseEvent> classOf(String typeName) {
        return find(typeName).orElseThrow(() -> new IllegalStateException("unknown case event type " + typeName));
    }

    /** The event class of a short ({@code DecisionIssued}) or full type name. */
    public static Optional<Class<? extends CaseEvent>> find(String name) {
        return TYPES.entrySet().stream()
                .filter(e -> e.getValue().typeName().equals(name) || e.getValue().name().equals(name))
                .<Class<? extends CaseEvent>>map(Map.Entry::getKey).findFirst();
    }
}
