package gov.enforcement.recording.cases.domain;

import gov.enforcement.recording.cases.domain.CaseEvent.DecisionDrafted;
import gov.enforcement.recording.cases.domain.CaseEvent.DecisionOutcome;
import gov.enforcement.recording.cases.domain.DefenceEvent.HearingNotified;
import gov.enforcement.recording.cases.domain.DefenceEvent.TimeLimitExtended;
import gov.enforcement.recording.cases.domain.ExecutionEvent.LatePaymentSurchargeAssessed;
import gov.enforcement.recording.cases.domain.ExecutionEvent.PaymentReceived;
import gov.enforcement.recording.cases.domain.OutcomeEvent.OnTheSpotDecisionMade;
import gov.enforcement.recording.cases.domain.OutcomeEvent.OnTheSpotPenalty;
import gov.enforcement.recording.cases.domain.Progress.Execution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The rules of the steps of DOMAIN.md §7 (P-*), beyond the order their procedure's table gives them: outcomes, defence,
 * hearing, time limits, approvals and execution here; licensing and coercive measures in {@link MeasureRules}.
 */
final class ProcedureRules {

    /** P-HEARING: the party asks for a hearing within 5 working days of the notice (Penalty Law art 64(1)). */
    static final int HEARING_REQUEST_WORKING_DAYS = 5;
    /** P-HEARING: the party is notified at least 7 days before the hearing (Penalty Law art 64(2)). */
    static final Duration HEARING_NOTICE = Duration.ofDays(7);
    /** P-EXECUTE: 3% of the fine for each day overdue (art 72(1)). */
    static final BigDecimal SURCHARGE_PER_DAY = new BigDecimal("0.03");

    /** How {@link CaseDecider} takes the checks of this class. */
    interface Registrar {
        <E extends CaseEvent> void on(Class<E> type, CaseDecider.StepCheck<E> check);
    }

    private ProcedureRules() {
    }

    static void register(Registrar rules) {
        rules.on(OnTheSpotDecisionMade.class, ProcedureRules::onTheSpot);
        rules.on(OutcomeEvent.CaseWithdrawn.class, (step, state, context) -> {
            MeasureRules.requireNothingSealed(state);
            return approved(step, step.approval(), context);
        });
        rules.on(DefenceEvent.RecusalDecided.class, (step, state, context) -> approved(step, step.approval(), context));
        rules.on(TimeLimitExtended.class, ProcedureRules::extension);
        rules.on(ExecutionEvent.PaymentDeferred.class, (step, state, context) -> approved(step, step.approval(), context));
        rules.on(ExecutionEvent.ExecutionTerminated.class, (step, state, context) -> approved(step, step.approval(), context));
        rules.on(HearingNotified.class, ProcedureRules::hearingNotice);
        rules.on(CaseEvent.HearingRequested.class, ProcedureRules::hearingRequest);
        rules.on(CaseEvent.HearingHeld.class, (step, state, context) -> {
            requireHostSeparate(step.hostCertificate(), state);
            return step;
        });
        rules.on(ExecutionEvent.PaymentNoticeIssued.class, (step, state, context) -> {
            StepRules.requireAmount("amount", step.amount());
            return step;
        });
        rules.on(PaymentReceived.class, ProcedureRules::payment);
        rules.on(LatePaymentSurchargeAssessed.class, ProcedureRules::surcharge);
        MeasureRules.register(rules);
    }

    /** P-SIMPLE: a warning or a small fine, by two qualified officers, numbered (art 51–52). */
    private static OnTheSpotDecisionMade onTheSpot(OnTheSpotDecisionMade step, CaseState state, StepContext context) {
        StepRules.requireTwoQualifiedOfficers(state, step.certificates(), context);
        boolean fined = step.penalties().contains(OnTheSpotPenalty.FINE);
        if (fined != (step.fineAmount() != null)) {
            throw RuleViolation.of("P-SIMPLE", "fineAmount", fined ? "a FINE needs its amount"
                    : "an amount is given but the penalties impose no FINE");
        }
        if (fined) {
            StepRules.requireAmount("fineAmount", step.fineAmount());
            boolean organisationsOnly = !state.parties().isEmpty()
                    && state.parties().stream().allMatch(p -> p.kind() == Party.Kind.ORGANISATION);
            BigDecimal limit = organisationsOnly ? context.onTheSpot().organisation() : context.onTheSpot().person();
            if (step.fineAmount().compareTo(limit) > 0) {
                throw RuleViolation.of("P-SIMPLE", "fineAmount", "an on-the-spot fine for "
                        + (organisationsOnly ? "an organisation" : "a citizen") + " is at most " + limit.toPlainString()
                        + " yuan; " + step.fineAmount().toPlainString() + " needs the general procedure")
                        .with("limit", limit);
            }
        }
        return step;
    }

    /** P-OUTCOME and P-DEFENCE on a draft: a no-penalty draft imposes nothing; a penalty follows notice and re-check. */
    static DecisionDrafted draftFits(DecisionDrafted draft, CaseState state) {
        boolean noPenalty = draft.outcomeOrDefault() == DecisionOutcome.NO_PENALTY;
        if (noPenalty && draft.noPenaltyGround() == null) {
            throw RuleViolation.of("P-OUTCOME", "noPenaltyGround", "a no-penalty decision states its ground");
        }
        if (!noPenalty && draft.noPenaltyGround() != null) {
            throw RuleViolation.of("P-OUTCOME", "noPenaltyGround", "only a NO_PENALTY outcome has a no-penalty ground");
        }
        boolean imposes = draft.fineAmount() != null && draft.fineAmount().signum() > 0
                || draft.confiscationAmount() != null && draft.confiscationAmount().signum() > 0
                || draft.licenceRevoked() || draft.businessClosed();
        if (noPenalty && imposes) {
            throw RuleViolation.of("P-OUTCOME", "outcome", "a NO_PENALTY decision imposes no fine, confiscation,"
                    + " revocation or closure");
        }
        boolean noticeFirst = state.procedure() == Procedure.GENERAL_PENALTY || state.procedure() == Procedure.COERCIVE_MEASURE;
        if (!noPenalty && noticeFirst && state.status() == CaseStatus.INVESTIGATING) {
            throw RuleViolation.of("X-SEQ", "a penalty is drafted only after the party's rights are notified"
                            + " (D-MID-RIGHTS); allowed next: " + Procedures.allowedNext(state))
                    .with("procedure", state.procedure()).with("currentState", state.status())
                    .with("allowedNext", Procedures.allowedNext(state));
        }
        if (state.progress().defence().statementAwaitsReCheck()) {
            throw RuleViolation.of("P-DEFENCE", "the party's statement and defence must be re-checked (DefenceReChecked)"
                    + " before the decision is drafted");
        }
        return draft;
    }

    /**
     * P-MASTER: a draft that cites a discretion benchmark by code cites one the agency published, and stays inside it —
     * the fine within its range and the penalty kinds among those it allows.
     */
    static DecisionDrafted withinBenchmark(DecisionDrafted draft, CaseState state, MasterData master) {
        String code = draft.discretionBenchmarkCode();
        if (code == null) {
            return draft;
        }
        MasterData.Benchmark benchmark = master.benchmark(state.agency(), code).orElseThrow(() -> RuleViolation.of(
                "P-MASTER", "discretionBenchmarkCode", "discretion benchmark " + code
                        + " is not among those agency " + state.agency() + " published (GET /public/benchmarks)"));
        java.math.BigDecimal fine = draft.fineAmount();
        if (fine != null && fine.signum() > 0) {
            boolean below = benchmark.fineMin() != null && fine.compareTo(benchmark.fineMin()) < 0;
            boolean above = benchmark.fineMax() != null && fine.compareTo(benchmark.fineMax()) > 0;
            if (below || above) {
                throw RuleViolation.of("P-MASTER", "fineAmount", "a fine of " + fine.toPlainString()
                                + " is outside discretion benchmark " + code + " (" + plain(benchmark.fineMin()) + " to "
                                + plain(benchmark.fineMax()) + "): cite the benchmark that applies")
                        .with("benchmark", code);
            }
        }
        if (!benchmark.penaltyKinds().isEmpty() && draft.penaltyKinds() != null
                && !benchmark.penaltyKinds().containsAll(draft.penaltyKinds())) {
            throw RuleViolation.of("P-MASTER", "penaltyKinds", "discretion benchmark " + code + " allows "
                    + benchmark.penaltyKinds() + ", not " + draft.penaltyKinds()).with("benchmark", code);
        }
        return draft;
    }

    private static String plain(java.math.BigDecimal amount) {
        return amount == null ? "no limit" : amount.toPlainString();
    }

    /** R-AV-REQUIRED and P-SIMPLE: what must be on record before a case closes. */
    static void requireClosable(CaseState state, StepContext context) {
        List<String> missingAv = context.audioVisual().missing(state);
        if (context.missingAudioVisualBlocksClosing() && !missingAv.isEmpty()) {
            throw RuleViolation.of("R-AV-REQUIRED", "the case cannot close: no audio-visual record for " + missingAv)
                    .with("missingAudioVisual", missingAv);
        }
        MeasureRules.requireNothingSealed(state);
        boolean inspectedOnly = state.procedure() == Procedure.INSPECTION && state.status() == CaseStatus.INVESTIGATING;
        if (inspectedOnly && (state.progress().decided() == null
                || state.progress().decided().kind() != Progress.Decided.Kind.INSPECTED)) {
            throw RuleViolation.of("P-INSPECT", "an inspection closes on its result: record InspectionConcluded first");
        }
        if (state.progress().isOnTheSpot() && !state.progress().decided().filed()) {
            throw RuleViolation.of("P-SIMPLE", "the on-the-spot decision must be filed with the agency"
                    + " (OnTheSpotDecisionFiled) before the case closes");
        }
    }

    /** P-APPROVE: the head's identity and signature, and not the officer's own. */
    static <E extends CaseEvent> E approved(E step, Approval approval, StepContext context) {
        if (approval == null) {
            throw RuleViolation.of("P-APPROVE", "approval", "this step needs the agency head's approval");
        }
        if (approval.approver().equals(context.actor().subject())) {
            throw RuleViolation.of("P-APPROVE", "approval.approver", "an officer does not approve their own step");
        }
        return step;
    }

    /** P-TIME: an extension moves the limit later, with approval. */
    private static TimeLimitExtended extension(TimeLimitExtended step, CaseState state, StepContext context) {
        approved(step, step.approval(), context);
        if (!step.extendedTo().isAfter(state.progress().decisionDue())) {
            throw RuleViolation.of("P-TIME", "extendedTo", "the limit is already " + state.progress().decisionDue()
                    + "; an extension moves it later");
        }
        return step;
    }

    /** P-HEARING: the party asks for a hearing within 5 working days of the notice of rights (art 64(1)). */
    private static CaseEvent.HearingRequested hearingRequest(CaseEvent.HearingRequested step, CaseState state,
                                                             StepContext context) {
        java.time.OffsetDateTime notifiedAt = state.progress().defence().rightsNotifiedAt();
        if (notifiedAt == null || step.requestedAt() == null) {
            return step;
        }
        java.time.LocalDate last;
        try {
            last = context.calendar().addWorkingDays(notifiedAt.atZoneSameInstant(context.zone()).toLocalDate(),
                    HEARING_REQUEST_WORKING_DAYS);
        } catch (gov.enforcement.platform.calendar.MissingCalendarYearException unpublished) {
            return step; // the year's calendar is not published: the request is not refused on a guess
        }
        if (step.requestedAt().atZoneSameInstant(context.zone()).toLocalDate().isAfter(last)) {
            throw RuleViolation.of("P-HEARING", "requestedAt", "a hearing is requested within "
                    + HEARING_REQUEST_WORKING_DAYS + " working days of the notice of rights, by " + last
                    + "; record HearingWaived (NOT_REQUESTED_IN_TIME) instead").with("lastDay", last);
        }
        return step;
    }

    /** P-HEARING: 7 days' notice, and a host who did not investigate. */
    private static HearingNotified hearingNotice(HearingNotified step, CaseState state, StepContext context) {
        requireHostSeparate(step.hostCertificate(), state);
        if (Duration.between(step.notifiedAt(), step.hearingAt()).compareTo(HEARING_NOTICE) < 0) {
            throw RuleViolation.of("P-HEARING", "hearingAt", "the party is notified at least 7 days before the hearing;"
                    + " notified " + step.notifiedAt() + " for " + step.hearingAt());
        }
        return step;
    }

    private static void requireHostSeparate(String hostCertificate, CaseState state) {
        if (hostCertificate != null && state.investigators().contains(hostCertificate)) {
            throw RuleViolation.of("X-SEPARATE", "hostCertificate", "officer " + hostCertificate
                    + " investigated this case and may not host its hearing");
        }
    }

    /** P-EXECUTE: the bank confirms no more than is owed. */
    private static PaymentReceived payment(PaymentReceived step, CaseState state, StepContext context) {
        StepRules.requireAmount("amount", step.amount());
        BigDecimal outstanding = state.progress().execution().outstanding();
        if (step.amount().compareTo(outstanding) > 0) {
            throw RuleViolation.of("P-EXECUTE", "amount", "only " + outstanding.toPlainString() + " yuan is outstanding")
                    .with("outstanding", outstanding);
        }
        return step;
    }

    /**
     * P-EXECUTE 加处罚款: 3% of the fine a day past the date to pay by, the total never more than the fine
     * (art 72). The server computes the amount; a request that names another is refused.
     */
    private static LatePaymentSurchargeAssessed surcharge(LatePaymentSurchargeAssessed step, CaseState state,
                                                          StepContext context) {
        Execution execution = state.progress().execution();
        java.time.LocalDate assessedOn = step.assessedOn() != null ? step.assessedOn() : context.today();
        if (execution.payableBy() == null || !assessedOn.isAfter(execution.payableBy())) {
            throw RuleViolation.of("P-EXECUTE", "assessedOn", "a surcharge is due only after the date to pay by ("
                    + execution.payableBy() + ", from the payment notice)");
        }
        long overdue = ChronoUnit.DAYS.between(execution.payableBy(), assessedOn);
        if (step.daysOverdue() > overdue) {
            throw RuleViolation.of("P-EXECUTE", "daysOverdue", "on " + assessedOn + " the payment is " + overdue
                    + " days overdue, not " + step.daysOverdue());
        }
        BigDecimal room = execution.fine().subtract(execution.surcharge()).max(BigDecimal.ZERO);
        BigDecimal amount = execution.fine().multiply(SURCHARGE_PER_DAY).multiply(BigDecimal.valueOf(step.daysOverdue()))
                .min(room).setScale(2, RoundingMode.HALF_UP);
        if (step.amount() != null && step.amount().compareTo(amount) != 0) {
            throw RuleViolation.of("P-EXECUTE", "amount", "the surcharge for " + step.daysOverdue() + " days is "
                    + amount.toPlainString() + " yuan (3% of the fine a day, in all never more than the fine)")
                    .with("computed", amount);
        }
        return new LatePaymentSurchargeAssessed(step.daysOverdue(), amount, assessedOn);
    }
}
