package gov.enforcement.recording.cases.domain;

import gov.enforcement.recording.cases.domain.CaseEvent.CaseRegistered;
import gov.enforcement.recording.cases.domain.CaseEvent.DecisionDrafted;
import gov.enforcement.recording.cases.domain.CaseEvent.DecisionIssued;
import gov.enforcement.recording.cases.domain.CaseEvent.DecisionOutcome;
import gov.enforcement.recording.cases.domain.CaseEvent.DecisionRevoked;
import gov.enforcement.recording.cases.domain.CaseEvent.DecisionConfirmedIllegal;
import gov.enforcement.recording.cases.domain.CaseEvent.DecisionOrderedRemade;
import gov.enforcement.recording.cases.domain.DefenceEvent.DefenceReChecked;
import gov.enforcement.recording.cases.domain.DefenceEvent.HearingNotified;
import gov.enforcement.recording.cases.domain.DefenceEvent.HearingWaived;
import gov.enforcement.recording.cases.domain.DefenceEvent.StatementAndDefenceRecorded;
import gov.enforcement.recording.cases.domain.DefenceEvent.TimeLimitExtended;
import gov.enforcement.recording.cases.domain.ExecutionEvent.CourtEnforcementApplied;
import gov.enforcement.recording.cases.domain.ExecutionEvent.CourtEnforcementConcluded;
import gov.enforcement.recording.cases.domain.ExecutionEvent.CourtOutcome;
import gov.enforcement.recording.cases.domain.ExecutionEvent.ExecutionTerminated;
import gov.enforcement.recording.cases.domain.ExecutionEvent.LatePaymentSurchargeAssessed;
import gov.enforcement.recording.cases.domain.ExecutionEvent.PaymentDeferred;
import gov.enforcement.recording.cases.domain.ExecutionEvent.PaymentNoticeIssued;
import gov.enforcement.recording.cases.domain.ExecutionEvent.PaymentReceived;
import gov.enforcement.recording.cases.domain.OutcomeEvent.CaseWithdrawn;
import gov.enforcement.recording.cases.domain.OutcomeEvent.DecisionChanged;
import gov.enforcement.recording.cases.domain.OutcomeEvent.OnTheSpotDecisionFiled;
import gov.enforcement.recording.cases.domain.OutcomeEvent.OnTheSpotDecisionMade;
import gov.enforcement.recording.cases.domain.Progress.Decided;
import gov.enforcement.recording.cases.domain.Progress.Defence;
import gov.enforcement.recording.cases.domain.Progress.Execution;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * How each kind of event changes a case (the fold): pure, one entry per event type. The status a step leads to
 * comes from its procedure's table first; the entry then folds what the step says.
 */
final class CaseEvolution {

    /** Case time limits count in China's time, which has no daylight saving. */
    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    /** P-TIME: a decision within 90 days of 立案 (Penalty Law art 60). */
    static final int DECISION_DAYS = 90;

    private static final Map<Class<? extends CaseEvent>, BiFunction<CaseState, CaseEvent, CaseState>> FOLDS = new HashMap<>();

    private static <E extends CaseEvent> void on(Class<E> type, BiFunction<CaseState, E, CaseState> fold) {
        FOLDS.put(type, (state, event) -> fold.apply(state, type.cast(event)));
    }

    /** Events whose facts the state does not keep beyond the step itself (the stream keeps them). */
    @SafeVarargs
    private static void unchanged(Class<? extends CaseEvent>... types) {
        for (Class<? extends CaseEvent> type : types) {
            FOLDS.put(type, (state, event) -> state);
        }
    }

    static {
        on(CaseEvent.OfficersAssigned.class, (s, e) -> s.withOfficers(merge(s.officers(), e.officers())));
        on(CaseEvent.InvestigationRecorded.class, (s, e) -> s.withInvestigators(e.certificates()));
        on(CaseEvent.EvidenceRecorded.class, (s, e) -> s.withInvestigators(e.certificates()));
        on(CaseEvent.AudioVisualRecorded.class, (s, e) -> s); // coverage is folded for every event, in evolve
        on(CaseEvent.RightsNotified.class, (s, e) -> s.withProgress(s.progress().withDefence(
                new Defence(e.notifiedAt(), s.progress().defence().statementAwaitsReCheck(), false))));
        on(CaseEvent.HearingRequested.class, (s, e) -> s.withHearing(true, false));
        on(CaseEvent.HearingHeld.class, (s, e) -> s.withHearing(true, true));
        on(DecisionDrafted.class, (s, e) -> s.withDraft(new CaseState.Draft(e.revision(), e.draftHash(),
                e.decisionType(), null, null, List.of(), e.outcomeOrDefault(), e.fineAmount())));
        on(DecisionIssued.class, CaseEvolution::issued);
        on(OnTheSpotDecisionMade.class, (s, e) -> s.withIssued(new CaseState.Issued(e.documentNumber(), null,
                        e.decidedAt().atZoneSameInstant(CHINA).toLocalDate()))
                .withProgress(s.progress().withDecided(new Decided(Decided.Kind.ON_THE_SPOT, e.fineAmount(), false))));
        on(OnTheSpotDecisionFiled.class, (s, e) -> s.withProgress(s.progress().filed()));
        on(CaseWithdrawn.class, (s, e) -> s.withProgress(s.progress().withDecided(
                new Decided(Decided.Kind.WITHDRAWN, null, false))));
        on(DecisionRevoked.class, (s, e) -> redeciding(s, CaseEventTypes.typeOf(DecisionRevoked.class).name()));
        on(DecisionConfirmedIllegal.class, (s, e) -> redeciding(s, CaseEventTypes.typeOf(DecisionConfirmedIllegal.class).name()));
        on(DecisionOrderedRemade.class, (s, e) -> redeciding(s, CaseEventTypes.typeOf(DecisionOrderedRemade.class).name()));
        on(DecisionChanged.class, (s, e) -> redeciding(s, CaseEventTypes.typeOf(DecisionChanged.class).name()));
        on(StatementAndDefenceRecorded.class, (s, e) -> s.withProgress(s.progress().withDefence(
                new Defence(s.progress().defence().rightsNotifiedAt(), !e.waived(), s.progress().defence().hearingNotified()))));
        on(DefenceReChecked.class, (s, e) -> s.withProgress(s.progress().withDefence(
                new Defence(s.progress().defence().rightsNotifiedAt(), false, s.progress().defence().hearingNotified()))));
        on(HearingNotified.class, (s, e) -> s.withProgress(s.progress().withDefence(
                new Defence(s.progress().defence().rightsNotifiedAt(), s.progress().defence().statementAwaitsReCheck(), true))));
        on(HearingWaived.class, (s, e) -> s.withHearing(true, false));
        on(TimeLimitExtended.class, (s, e) -> s.withProgress(s.progress().withDecisionDue(e.extendedTo())));
        on(PaymentNoticeIssued.class, (s, e) -> execution(s, x -> new Execution(x.fine(), x.paid(), x.surcharge(),
                e.payableBy(), x.courtPending(), false)));
        on(PaymentDeferred.class, (s, e) -> execution(s, x -> new Execution(x.fine(), x.paid(), x.surcharge(),
                e.payableBy(), x.courtPending(), false)));
        on(PaymentReceived.class, (s, e) -> execution(s, x -> paid(x, e.amount())));
        on(LatePaymentSurchargeAssessed.class, (s, e) -> execution(s, x -> new Execution(x.fine(), x.paid(),
                x.surcharge().add(e.amount()), x.payableBy(), x.courtPending(), false)));
        on(CourtEnforcementApplied.class, (s, e) -> execution(s, x -> new Execution(x.fine(), x.paid(), x.surcharge(),
                x.payableBy(), true, false)));
        on(CourtEnforcementConcluded.class, (s, e) -> execution(s, x -> new Execution(x.fine(), x.paid(), x.surcharge(),
                x.payableBy(), false, e.outcome() != CourtOutcome.REFUSED)));
        on(ExecutionTerminated.class, (s, e) -> execution(s, x -> new Execution(x.fine(), x.paid(), x.surcharge(),
                x.payableBy(), false, true)));
        on(LicensingEvent.ApplicationHandled.class, CaseEvolution::applicationHandled);
        on(LicensingEvent.CorrectionRequested.class, (s, e) -> licence(s, l -> new Progress.Licence(null, true, true,
                null, null, null, null, null)));
        on(LicensingEvent.CorrectionSupplied.class, (s, e) -> licence(s, l -> new Progress.Licence(null, true, false,
                null, null, null, null, null)));
        on(LicensingEvent.LicenceDecided.class, (s, e) -> licence(s.withIssued(new CaseState.Issued(e.licenceNumber(),
                        null, e.decidedOn())).withProgress(s.progress().withDecided(new Decided(e.granted()
                        ? Decided.Kind.LICENCE_GRANTED : Decided.Kind.LICENCE_REFUSED, null, false))),
                l -> new Progress.Licence(l.acceptance(), l.correctionRequested(), false, e.granted(), e.licenceNumber(),
                        e.validTo(), null, null)));
        on(LicensingEvent.LicenceCertificateIssued.class, (s, e) -> licence(s, l -> new Progress.Licence(l.acceptance(),
                l.correctionRequested(), false, l.granted(), l.number(), l.validTo(), e.issuedOn(), l.lastChange())));
        on(LicensingEvent.LicenceAltered.class, (s, e) -> licence(s, l -> new Progress.Licence(l.acceptance(),
                l.correctionRequested(), false, l.granted(), l.number(), e.validTo() != null ? e.validTo() : l.validTo(),
                l.certificateIssuedOn(), e.change())));
        on(CoercionEvent.PropertySealed.class, (s, e) -> sealing(s, x -> new Progress.Sealing(e.from(), e.until(), false,
                x.complyBy())));
        on(CoercionEvent.SealingExtended.class, (s, e) -> sealing(s, x -> new Progress.Sealing(x.from(), e.until(), true,
                x.complyBy())));
        on(CoercionEvent.SealingEnded.class, (s, e) -> sealing(s, x -> new Progress.Sealing(null, null, false, x.complyBy())));
        on(CoercionEvent.ExecutionDemanded.class, (s, e) -> sealing(s, x -> new Progress.Sealing(x.from(), x.until(),
                x.extended(), e.complyBy())));
        on(CoercionEvent.CoerciveExecutionCarriedOut.class, (s, e) -> execution(s, x -> new Execution(x.fine(), x.paid(),
                x.surcharge(), x.payableBy(), false, true)));
        on(InspectionEvent.InspectionConcluded.class, (s, e) -> s.withProgress(s.progress().withDecided(
                new Decided(Decided.Kind.INSPECTED, null, false))));
        unchanged(CaseEvent.CredentialsShown.class, CaseEvent.DocumentServed.class, CaseEvent.DecisionExecuted.class,
                CaseEvent.CaseClosed.class, CaseEvent.CaseArchived.class, CaseEvent.CaseTransferred.class,
                CaseEvent.InterferenceRecorded.class, CaseEvent.DisclosurePublished.class,
                CaseEvent.DisclosureCorrected.class, CaseEvent.DisclosureWithdrawn.class,
                DefenceEvent.RecusalDecided.class);
        // legal review's facts: the gate folds them
        for (Class<? extends CaseEvent> fact : List.of(CaseEvent.DecisionClassified.class,
                CaseEvent.ReviewOpinionGiven.class, CaseEvent.CoordinationResolved.class,
                CaseEvent.CollectiveDiscussionHeld.class)) {
            FOLDS.put(fact, LegalReviewGate::evolve);
        }
        FOLDS.put(CaseRegistered.class, (s, e) -> s); // a stream's first event makes its state: see evolve
    }

    private CaseEvolution() {
    }

    /** Every event type has a fold; the test that walks the sealed hierarchy relies on this. */
    static Set<Class<? extends CaseEvent>> covered() {
        return Set.copyOf(FOLDS.keySet());
    }

    static CaseState evolve(CaseState state, CaseEvent event) {
        if (event instanceof CaseRegistered r) {
            Procedure procedure = r.procedureOrDefault();
            return new CaseState(r.caseId(), r.caseNumber(), r.agency(), r.unit(), r.category(), r.matter(),
                    CaseStatus.REGISTERED, r.parties(), r.officers(), r.registeredAt(), Set.of(), false, false,
                    null, Set.of(), Set.of(), Map.of(), null, Set.of(), AudioVisualCoverage.NONE, List.of(),
                    Progress.start(procedure, r.profileOrDefaults(), r.registeredAt().atZoneSameInstant(CHINA).toLocalDate()
                            .plusDays(r.profileOrDefaults().decisionDaysOr(DECISION_DAYS))),
                    state.version() + 1);
        }
        String key = CaseDecider.stepKey(event);
        CaseState next = state.next(Procedures.statusAfter(state, event)).withRecordedStep(key);
        if (event instanceof CaseEvent.AudioVisualRecorded av) {
            // R-AV-REQUIRED per occurrence; a record that names no step (none could be appended) documents none
            next = av.forStep() == null ? next : next.withAudioVisual(next.audioVisual().recordedFor(av.forStep()));
        } else {
            next = next.withAudioVisual(next.audioVisual().occurred(CaseEventTypes.typeOf(event.getClass()).name(), key));
        }
        CaseState folded = FOLDS.get(event.getClass()).apply(next, event);
        // P-EXECUTE: execution ends when the fine is paid, enforced or terminated, whichever step ended it
        boolean executionEnded = (event instanceof ExecutionEvent || event instanceof CoercionEvent.CoerciveExecutionCarriedOut)
                && folded.progress().execution().ended();
        return executionEnded && folded.status() == CaseStatus.SERVED ? folded.withStatus(CaseStatus.EXECUTED) : folded;
    }

    private static CaseState issued(CaseState state, DecisionIssued event) {
        CaseState.Draft draft = state.draft();
        Decided.Kind kind = draft != null && draft.outcome() == DecisionOutcome.NO_PENALTY ? Decided.Kind.NO_PENALTY
                : Decided.Kind.PENALTY;
        BigDecimal fine = kind == Decided.Kind.PENALTY && draft != null ? draft.fine() : null;
        return state.withIssued(new CaseState.Issued(event.documentNumber(), event.draftHash(), event.decidedOn()))
                .withProgress(state.progress().withDecided(new Decided(kind, fine, false)));
    }

    /** P-REDECIDE: the decision in force is set aside; the stream keeps it, the case may be decided again. */
    private static CaseState redeciding(CaseState state, String step) {
        return state.withAfterDecision(step).withProgress(state.progress().redeciding(state.issued()));
    }

    /** P-LICENSE: accepted, the application is examined (and its decision is due by decideBy); not, it ends. */
    private static CaseState applicationHandled(CaseState state, LicensingEvent.ApplicationHandled event) {
        boolean accepted = event.acceptance() == LicensingEvent.Acceptance.ACCEPTED;
        Progress.Licence before = state.progress().licence();
        Progress progress = state.progress().withLicence(new Progress.Licence(event.acceptance(),
                before.correctionRequested(), false, null, null, null, null, null));
        if (!accepted) {
            return state.withProgress(progress.withDecided(new Decided(Decided.Kind.NOT_ACCEPTED, null, false)));
        }
        progress = event.decideBy() == null ? progress : progress.withDecisionDue(event.decideBy());
        return state.withProgress(progress).withStatus(CaseStatus.INVESTIGATING);
    }

    private static CaseState licence(CaseState state, java.util.function.UnaryOperator<Progress.Licence> change) {
        return state.withProgress(state.progress().withLicence(change.apply(state.progress().licence())));
    }

    private static CaseState sealing(CaseState state, java.util.function.UnaryOperator<Progress.Sealing> change) {
        return state.withProgress(state.progress().withSealing(change.apply(state.progress().sealing())));
    }

    private static CaseState execution(CaseState state, java.util.function.UnaryOperator<Execution> change) {
        return state.withProgress(state.progress().withExecution(change.apply(state.progress().execution())));
    }

    private static Execution paid(Execution before, BigDecimal amount) {
        Execution after = new Execution(before.fine(), before.paid().add(amount), before.surcharge(),
                before.payableBy(), before.courtPending(), false);
        return after.outstanding().signum() == 0 ? new Execution(after.fine(), after.paid(), after.surcharge(),
                after.payableBy(), false, true) : after;
    }

    private static List<Officer> merge(List<Officer> current, List<Officer> added) {
        List<Officer> all = new ArrayList<>(current);
        Set<String> known = new HashSet<>();
        current.forEach(o -> known.add(o.certificate()));
        added.stream().filter(o -> known.add(o.certificate())).forEach(all::add);
        return List.copyOf(all);
    }
}
