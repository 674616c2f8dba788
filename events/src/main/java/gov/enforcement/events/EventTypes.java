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
    // the steps of the procedures of DOMAIN.md §7 beyond the general path
    public static final EventType APPLICATION_HANDLED = caseEvent("ApplicationHandled");
    public static final EventType CORRECTION_REQUESTED = caseEvent("CorrectionRequested");
    public static final EventType CORRECTION_SUPPLIED = caseEvent("CorrectionSupplied");
    public static final EventType LICENCE_DECIDED = caseEvent("LicenceDecided");
    public static final EventType LICENCE_CERTIFICATE_ISSUED = caseEvent("LicenceCertificateIssued");
    public static final EventType LICENCE_ALTERED = caseEvent("LicenceAltered");
    public static final EventType PROPERTY_SEALED = caseEvent("PropertySealed");
    public static final EventType SEALING_EXTENDED = caseEvent("SealingExtended");
    public static final EventType SEALING_ENDED = caseEvent("SealingEnded");
    public static final EventType EXECUTION_DEMANDED = caseEvent("ExecutionDemanded");
    public static final EventType COERCIVE_EXECUTION_CARRIED_OUT = caseEvent("CoerciveExecutionCarriedOut");
    public static final EventType INSPECTION_CONCLUDED = caseEvent("InspectionConcluded");
    public static final EventType ON_THE_SPOT_DECISION_MADE = caseEvent("OnTheSpotDecisionMade");
    public static final EventType ON_THE_SPOT_DECISION_FILED = caseEvent("OnTheSpotDecisionFiled");
    public static final EventType CASE_WITHDRAWN = caseEvent("CaseWithdrawn");
    public static final EventType DECISION_CHANGED = caseEvent("DecisionChanged");
    public static final EventType STATEMENT_AND_DEFENCE_RECORDED = caseEvent("StatementAndDefenceRecorded");
    public static final EventType DEFENCE_RE_CHECKED = caseEvent("DefenceReChecked");
    public static final EventType RECUSAL_DECIDED = caseEvent("RecusalDecided");
    public static final EventType HEARING_NOTIFIED = caseEvent("HearingNotified");
    public static final EventType HEARING_WAIVED = caseEvent("HearingWaived");
    public static final EventType TIME_LIMIT_EXTENDED = caseEvent("TimeLimitExtended");
    public static final EventType PAYMENT_NOTICE_ISSUED = caseEvent("PaymentNoticeIssued");
    public static final EventType PAYMENT_RECEIVED = caseEvent("PaymentReceived");
    public static final EventType PAYMENT_DEFERRED = caseEvent("PaymentDeferred");
    public static final EventType LATE_PAYMENT_SURCHARGE_ASSESSED = caseEvent("LatePaymentSurchargeAssessed");
    public static final EventType COURT_ENFORCEMENT_APPLIED = caseEvent("CourtEnforcementApplied");
    public static final EventType COURT_ENFORCEMENT_CONCLUDED = caseEvent("CourtEnforcementConcluded");
    public static final EventType EXECUTION_TERMINATED = caseEvent("ExecutionTerminated");

    // enforcement.review-events: classification and the review workflow (legal-review-service); the prefix
    // keeps them apart from the case-family types of the same name that recording-service records from them
    public static final EventType LEGAL_REVIEW_DECISION_CLASSIFIED = reviewEvent("DecisionClassified");
    public static final EventType LEGAL_REVIEW_OPENED = reviewEvent("ReviewOpened");
    public static final EventType LEGAL_REVIEW_ASSIGNED = reviewEvent("ReviewAssigned");
    public static final EventType LEGAL_REVIEW_OPINION_GIVEN = reviewEvent("ReviewOpinionGiven");
    public static final EventType LEGAL_REVIEW_DRAFT_RESUBMITTED = reviewEvent("DraftResubmitted");
    public static final EventType LEGAL_REVIEW_COORDINATION_RESOLVED = reviewEvent("CoordinationResolved");
    public static final EventType LEGAL_REVIEW_COUNSEL_NOTE_GIVEN = reviewEvent("CounselNoteGiven");
    public static final EventType LEGAL_REVIEW_COLLECTIVE_DISCUSSION_HELD = reviewEvent("CollectiveDiscussionHeld");
    public static final EventType LEGAL_REVIEW_OVERDUE = reviewEvent("ReviewOverdue");
    public static final EventType LEGAL_REVIEW_EXTENDED = reviewEvent("ReviewExtended");
    public static final EventType LEGAL_REVIEW_SUBMITTED = reviewEvent("ReviewSubmitted");
    public static final EventType LEGAL_REVIEW_SUPPLEMENT_REQUESTED = reviewEvent("SupplementRequested");
    public static final EventType LEGAL_REVIEW_UNCLAIMED = reviewEvent("ReviewUnclaimed");

    // enforcement.disclosure-events: published, corrected, withdrawn, overdue (disclosure-service); the prefix
    // keeps them apart from the case-family types of the same name that recording-service records from them
    public static final EventType DISCLOSURE_RECORD_PUBLISHED = disclosureEvent("DisclosurePublished");
    public static final EventType DISCLOSURE_RECORD_CORRECTED = disclosureEvent("DisclosureCorrected");
    public static final EventType DISCLOSURE_RECORD_WITHDRAWN = disclosureEvent("DisclosureWithdrawn");
    public static final EventType DISCLOSURE_OVERDUE = disclosureEvent("DisclosureOverdue");

    // enforcement.registry-events: pre-disclosure registries (disclosure-service), keyed by registry entry id
    public static final EventType REGISTRY_OFFICER_LISTED = registryEvent("OfficerListed");
    public static final EventType REGISTRY_OFFICER_DELISTED = registryEvent("OfficerDelisted");
    public static final EventType REGISTRY_POWER_PUBLISHED = registryEvent("PowerPublished");
    public static final EventType REGISTRY_DRAW_COMMITTED = registryEvent("InspectionDrawCommitted");
    public static final EventType REGISTRY_DRAW_REVEALED = registryEvent("InspectionDrawRevealed");
    public static final EventType REGISTRY_BENCHMARK_PUBLISHED = registryEvent("DiscretionBenchmarkPublished");
    public static final EventType REGISTRY_AGENCY_REGISTERED = registryEvent("AgencyRegistered");

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
            DISCLOSURE_WITHDRAWN,
            APPLICATION_HANDLED,
            CORRECTION_REQUESTED,
            CORRECTION_SUPPLIED,
            LICENCE_DECIDED,
            LICENCE_CERTIFICATE_ISSUED,
            LICENCE_ALTERED,
            PROPERTY_SEALED,
            SEALING_EXTENDED,
            SEALING_ENDED,
            EXECUTION_DEMANDED,
            COERCIVE_EXECUTION_CARRIED_OUT,
            INSPECTION_CONCLUDED,
            ON_THE_SPOT_DECISION_MADE,
            ON_THE_SPOT_DECISION_FILED,
            CASE_WITHDRAWN,
            DECISION_CHANGED,
            STATEMENT_AND_DEFENCE_RECORDED,
            DEFENCE_RE_CHECKED,
            RECUSAL_DECIDED,
            HEARING_NOTIFIED,
            HEARING_WAIVED,
            TIME_LIMIT_EXTENDED,
            PAYMENT_NOTICE_ISSUED,
            PAYMENT_RECEIVED,
            PAYMENT_DEFERRED,
            LATE_PAYMENT_SURCHARGE_ASSESSED,
            COURT_ENFORCEMENT_APPLIED,
            COURT_ENFORCEMENT_CONCLUDED,
            EXECUTION_TERMINATED,
            DISCLOSURE_RECORD_PUBLISHED,
            DISCLOSURE_RECORD_CORRECTED,
            DISCLOSURE_RECORD_WITHDRAWN,
            DISCLOSURE_OVERDUE,
            REGISTRY_OFFICER_LISTED,
            REGISTRY_OFFICER_DELISTED,
            REGISTRY_POWER_PUBLISHED,
            REGISTRY_DRAW_COMMITTED,
            REGISTRY_DRAW_REVEALED,
            REGISTRY_BENCHMARK_PUBLISHED,
            REGISTRY_AGENCY_REGISTERED,
            LEGAL_REVIEW_DECISION_CLASSIFIED,
            LEGAL_REVIEW_OPENED,
            LEGAL_REVIEW_ASSIGNED,
            LEGAL_REVIEW_OPINION_GIVEN,
            LEGAL_REVIEW_DRAFT_RESUBMITTED,
            LEGAL_REVIEW_COORDINATION_RESOLVED,
            LEGAL_REVIEW_COUNSEL_NOTE_GIVEN,
            LEGAL_REVIEW_COLLECTIVE_DISCUSSION_HELD,
            LEGAL_REVIEW_OVERDUE,
            LEGAL_REVIEW_EXTENDED,
            LEGAL_REVIEW_SUBMITTED,
            LEGAL_REVIEW_SUPPLEMENT_REQUESTED,
            LEGAL_REVIEW_UNCLAIMED);

    private static final Map<String, EventType> BY_TYPE_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::typeName, Function.identity()));

    private EventTypes() {
    }

    /** The registered type of that name; empty for an unknown or absent name (immutable maps reject a null key). */
    public static Optional<EventType> find(String typeName) {
        return typeName == null ? Optional.empty() : Optional.ofNullable(BY_TYPE_NAME.get(typeName));
    }

    private static EventType disclosureEvent(String name) {
        return new EventType("disclosure", name, 1, Topics.DISCLOSURE_EVENTS);
    }

    private static EventType registryEvent(String name) {
        return new EventType("registry", name, 1, Topics.REGISTRY_EVENTS);
    }

    private static EventType caseEvent(String name) {
        return new EventType("case", name, 1, Topics.CASE_EVENTS);
    }

    private static EventType reviewEvent(String name) {
        return new EventType("review", name, 1, Topics.REVIEW_EVENTS);
    }
}
