package gov.enforcement.recording.cases.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A case as its events have made it. Immutable: {@link CaseDecider#evolve} returns a new state.
 * {@code version} is the number of events in the stream; {@code discussedDrafts} maps a draft hash to the outcome
 * of its latest collective discussion.
 */
public record CaseState(
        UUID caseId, String caseNumber, String agency, String unit, CaseCategory category, String matter,
        CaseStatus status, List<Party> parties, List<Officer> officers, OffsetDateTime registeredAt,
        Set<String> investigators, boolean hearingRequested, boolean hearingHeld,
        Draft draft, Set<String> approvedDrafts, Set<String> returnedDrafts, Map<String, String> discussedDrafts,
        Issued issued, Set<String> afterDecision, AudioVisualCoverage audioVisual, List<String> recordedSteps,
        Progress progress, long version) {

    public static final CaseState NONE = new CaseState(null, null, null, null, null, null, null, List.of(), List.of(),
            null, Set.of(), false, false, null, Set.of(), Set.of(), Map.of(), null, Set.of(), AudioVisualCoverage.NONE, List.of(),
            Progress.start(null, MatterProfile.LAW_DEFAULTS, null), 0);

    /** The current draft decision and its classification by legal review, if any yet. */
    public record Draft(int revision, String hash, String decisionType, Boolean major, String catalogueVersion,
                        List<String> criteria, CaseEvent.DecisionOutcome outcome, java.math.BigDecimal fine) {
    }

    /** The issued decision. */
    public record Issued(String documentNumber, String draftHash, LocalDate decidedOn) {
    }

    public boolean exists() {
        return version > 0;
    }

    CaseState next(CaseStatus newStatus) {
        return new CaseState(caseId, caseNumber, agency, unit, category, matter, newStatus, parties, officers,
                registeredAt, investigators, hearingRequested, hearingHeld, draft, approvedDrafts, returnedDrafts,
                discussedDrafts, issued, afterDecision, audioVisual, recordedSteps, progress, version + 1);
    }

    /** The same step, leading somewhere else than its table said (P-EXECUTE: execution ended). */
    CaseState withStatus(CaseStatus newStatus) {
        return new CaseState(caseId, caseNumber, agency, unit, category, matter, newStatus, parties, officers,
                registeredAt, investigators, hearingRequested, hearingHeld, draft, approvedDrafts, returnedDrafts,
                discussedDrafts, issued, afterDecision, audioVisual, recordedSteps, progress, version);
    }

    CaseState withOfficers(List<Officer> assigned) {
        return new CaseState(caseId, caseNumber, agency, unit, category, matter, status, parties, assigned,
                registeredAt, investigators, hearingRequested, hearingHeld, draft, approvedDrafts, returnedDrafts,
                discussedDrafts, issued, afterDecision, audioVisual, recordedSteps, progress, version);
    }

    CaseState withInvestigators(List<String> certificates) {
        return new CaseState(caseId, caseNumber, agency, unit, category, matter, status, parties, officers,
                registeredAt, plus(investigators, certificates), hearingRequested, hearingHeld, draft, approvedDrafts,
                returnedDrafts, discussedDrafts, issued, afterDecision, audioVisual, recordedSteps, progress, version);
    }

    CaseState withHearing(boolean requested, boolean held) {
        return new CaseState(caseId, caseNumber, agency, unit, category, matter, status, parties, officers,
                registeredAt, investigators, requested, held, draft, approvedDrafts, returnedDrafts,
                discussedDrafts, issued, afterDecision, audioVisual, recordedSteps, progress, version);
    }

    CaseState withDraft(Draft newDraft) {
        return new CaseState(caseId, caseNumber, agency, unit, category, matter, status, parties, officers,
                registeredAt, investigators, hearingRequested, hearingHeld, newDraft, approvedDrafts, returnedDrafts,
                discussedDrafts, issued, afterDecision, audioVisual, recordedSteps, progress, version);
    }

    CaseState withReview(Set<String> approved, Set<String> returned, Map<String, String> discussed) {
        return new CaseState(caseId, caseNumber, agency, unit, category, matter, status, parties, officers,
                registeredAt, investigators, hearingRequested, hearingHeld, draft, approved, returned, discussed,
                issued, afterDecision, audioVisual, recordedSteps, progress, version);
    }

    CaseState withIssued(Issued decision) {
        return new CaseState(caseId, caseNumber, agency, unit, category, matter, status, parties, officers,
                registeredAt, investigators, hearingRequested, hearingHeld, draft, approvedDrafts, returnedDrafts,
                discussedDrafts, decision, afterDecision, audioVisual, recordedSteps, progress, version);
    }

    CaseState withAfterDecision(String step) {
        return new CaseState(caseId, caseNumber, agency, unit, category, matter, status, parties, officers,
                registeredAt, investigators, hearingRequested, hearingHeld, draft, approvedDrafts, returnedDrafts,
                discussedDrafts, issued, plus(afterDecision, List.of(step)), audioVisual, recordedSteps, progress, version);
    }

    CaseState withProgress(Progress now) {
        return new CaseState(caseId, caseNumber, agency, unit, category, matter, status, parties, officers,
                registeredAt, investigators, hearingRequested, hearingHeld, draft, approvedDrafts, returnedDrafts,
                discussedDrafts, issued, afterDecision, audioVisual, recordedSteps, now, version);
    }

    /** The procedure the case runs under. */
    public Procedure procedure() {
        return progress.procedure();
    }

    CaseState withAudioVisual(AudioVisualCoverage coverage) {
        return new CaseState(caseId, caseNumber, agency, unit, category, matter, status, parties, officers,
                registeredAt, investigators, hearingRequested, hearingHeld, draft, approvedDrafts, returnedDrafts,
                discussedDrafts, issued, afterDecision, coverage, recordedSteps, progress, version);
    }

    /** The step with its kind or method, as the audio-visual catalogue names it. */
    CaseState withRecordedStep(String step) {
        if (recordedSteps.contains(step)) {
            return this; // each kind of step once: a busy case's state must not grow with every repeated step
        }
        List<String> steps = new java.util.ArrayList<>(recordedSteps);
        steps.add(step);
        return new CaseState(caseId, caseNumber, agency, unit, category, matter, status, parties, officers,
                registeredAt, investigators, hearingRequested, hearingHeld, draft, approvedDrafts, returnedDrafts,
                discussedDrafts, issued, afterDecision, audioVisual, List.copyOf(steps), progress, version);
    }

    static Set<String> plus(Set<String> set, java.util.Collection<String> more) {
        Set<String> copy = new HashSet<>(set);
        copy.addAll(more);
        return Set.copyOf(copy);
    }
}
