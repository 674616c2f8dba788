package gov.enforcement.recording.cases;

import java.util.List;
import java.util.Set;

import static gov.enforcement.recording.cases.CaseStatus.CLOSED;
import static gov.enforcement.recording.cases.CaseStatus.DECIDED;
import static gov.enforcement.recording.cases.CaseStatus.DECISION_DRAFTED;
import static gov.enforcement.recording.cases.CaseStatus.EXECUTED;
import static gov.enforcement.recording.cases.CaseStatus.HEARING;
import static gov.enforcement.recording.cases.CaseStatus.INVESTIGATING;
import static gov.enforcement.recording.cases.CaseStatus.REGISTERED;
import static gov.enforcement.recording.cases.CaseStatus.RIGHTS_NOTIFIED;
import static gov.enforcement.recording.cases.CaseStatus.SERVED;
import static gov.enforcement.recording.cases.CaseStatus.TRANSFERRED;

/**
 * X-SEQ: which step may follow which. Penalties and coercive measures go through every step of the
 * general procedure; the other categories may decide without notifying rights, and an inspection may
 * close without a decision.
 */
public final class CaseLifecycle {

    /** Steps an officer appends, in the order the lifecycle names them. */
    public static final List<String> OFFICER_STEPS = List.of("OfficersAssigned", "CredentialsShown",
            "InvestigationRecorded", "EvidenceRecorded", "AudioVisualRecorded", "RightsNotified", "HearingRequested",
            "HearingHeld", "DecisionDrafted", "DecisionIssued", "DocumentServed", "DecisionExecuted", "CaseClosed",
            "CaseArchived", "DecisionRevoked", "DecisionConfirmedIllegal", "DecisionOrderedRemade", "CaseTransferred",
            "InterferenceRecorded");

    /** Steps only other services' events put into the stream (L-ARCHIVE). */
    public static final Set<String> RECORDED_FROM_OTHER_SERVICES = Set.of("DecisionClassified", "ReviewOpinionGiven",
            "CoordinationResolved", "CollectiveDiscussionHeld", "DisclosurePublished", "DisclosureCorrected",
            "DisclosureWithdrawn");

    private static final Set<String> AFTER_DECISION = Set.of("DecisionRevoked", "DecisionConfirmedIllegal",
            "DecisionOrderedRemade");

    private CaseLifecycle() {
    }

    /** Whether a step of this kind may be recorded now. */
    public static boolean permits(CaseState state, String step) {
        CaseStatus status = state.status();
        boolean generalProcedure = state.category() == CaseCategory.PENALTY || state.category() == CaseCategory.COERCION;
        boolean collecting = status == REGISTERED || status == INVESTIGATING || status == RIGHTS_NOTIFIED
                || status == HEARING || status == DECISION_DRAFTED;
        return switch (step) {
            case "InterferenceRecorded" -> true;
            case "OfficersAssigned" -> status == REGISTERED || status == INVESTIGATING;
            case "InvestigationRecorded" -> status == REGISTERED || status == INVESTIGATING;
            case "CredentialsShown" -> collecting || status == DECIDED;
            case "EvidenceRecorded" -> collecting;
            case "AudioVisualRecorded" -> status != TRANSFERRED && !state.status().isAtLeast(CaseStatus.ARCHIVED);
            case "RightsNotified" -> status == INVESTIGATING;
            case "HearingRequested" -> status == RIGHTS_NOTIFIED;
            case "HearingHeld" -> status == HEARING && !state.hearingHeld();
            case "DecisionDrafted" -> status == RIGHTS_NOTIFIED || status == DECISION_DRAFTED
                    || (status == HEARING && state.hearingHeld()) || (!generalProcedure && status == INVESTIGATING);
            case "DecisionIssued" -> status == DECISION_DRAFTED;
            case "DocumentServed" -> status == DECIDED;
            case "DecisionExecuted" -> status == SERVED;
            case "CaseClosed" -> status == EXECUTED || status == TRANSFERRED
                    || (state.category() == CaseCategory.INSPECTION && status == INVESTIGATING);
            case "CaseArchived" -> status == CLOSED;
            case "CaseTransferred" -> collecting;
            case "DecisionClassified", "ReviewOpinionGiven", "CoordinationResolved", "CollectiveDiscussionHeld" ->
                    state.draft() != null;
            case "DisclosurePublished", "DisclosureCorrected", "DisclosureWithdrawn" -> state.issued() != null;
            default -> AFTER_DECISION.contains(step) && state.issued() != null;
        };
    }

    /** The officer steps allowed now, for the error that names them. */
    public static List<String> allowedNext(CaseState state) {
        return OFFICER_STEPS.stream().filter(step -> permits(state, step)).toList();
    }

    /** The status a recorded step leads to. */
    static CaseStatus statusAfter(CaseState state, CaseEvent event) {
        String step = event.getClass().getSimpleName();
        return switch (step) {
            case "InvestigationRecorded" -> INVESTIGATING;
            case "EvidenceRecorded" -> state.status() == REGISTERED ? INVESTIGATING : state.status();
            case "RightsNotified" -> RIGHTS_NOTIFIED;
            case "HearingRequested" -> HEARING;
            case "DecisionDrafted" -> DECISION_DRAFTED;
            case "DecisionIssued" -> DECIDED;
            case "DocumentServed" -> SERVED;
            case "DecisionExecuted" -> EXECUTED;
            case "CaseClosed" -> CLOSED;
            case "CaseArchived" -> CaseStatus.ARCHIVED;
            case "CaseTransferred" -> TRANSFERRED;
            default -> state.status();
        };
    }
}
