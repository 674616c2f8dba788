package gov.enforcement.recording.cases.domain;

import gov.enforcement.recording.cases.domain.CaseCommand.RecordFact;
import gov.enforcement.recording.cases.domain.CaseCommand.RecordStep;
import gov.enforcement.recording.cases.domain.CaseEvent.CaseRegistered;
import gov.enforcement.recording.cases.domain.CaseEvent.DecisionDrafted;
import gov.enforcement.recording.cases.domain.CaseEvent.DecisionIssued;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides what a command records: pure, no I/O. A refusal is a {@link RuleViolation}; the procedure's table says
 * which step may follow which (X-SEQ), and the step's own rules ({@link StepRules}, {@link ProcedureRules}) say
 * whether this one may be recorded and what the server completes in it.
 */
public final class CaseDecider {

    /** A step's own check: refuses it, or answers it as recorded (completed by the server where it fills fields in). */
    interface StepCheck<E extends CaseEvent> {
        E check(E step, CaseState state, StepContext context);
    }

    private static final Map<Class<? extends CaseEvent>, StepCheck<CaseEvent>> CHECKS = new HashMap<>();

    private static <E extends CaseEvent> void on(Class<E> type, StepCheck<E> check) {
        CHECKS.put(type, (step, state, context) -> check.check(type.cast(step), state, context));
    }

    static {
        on(CaseEvent.InvestigationRecorded.class, (step, state, context) -> {
            StepRules.requireTwoQualifiedOfficers(state, step.certificates(), context);
            return step;
        });
        on(CaseEvent.EvidenceRecorded.class, (step, state, context) -> {
            StepRules.requireTwoQualifiedOfficers(state, step.certificates(), context);
            return step;
        });
        on(DecisionDrafted.class, (step, state, context) ->
                ProcedureRules.withinBenchmark(ProcedureRules.draftFits(
                        StepRules.completeDraft(step, state, context.actor().subject()), state), state, context.master()));
        on(DecisionIssued.class, CaseDecider::issue);
        on(CaseEvent.DecisionExecuted.class, (step, state, context) -> {
            StepRules.requireAmount("amountPaid", step.amountPaid());
            return step;
        });
        on(CaseEvent.CaseClosed.class, (step, state, context) -> {
            ProcedureRules.requireClosable(state, context);
            return step;
        });
        ProcedureRules.register(CaseDecider::on);
    }

    private CaseDecider() {
    }

    /** The events a command records, in order; refuses with a {@link RuleViolation}. */
    public static List<CaseEvent> decide(CaseCommand command, CaseState state, StepContext context) {
        if (command instanceof RegisterCase register) {
            return List.of(register(register, state, context.master()));
        }
        if (command instanceof RecordStep step) {
            return List.of(decideStep(step.proposed(), state, context));
        }
        return List.of(record(((RecordFact) command).fact(), state));
    }

    /**
     * 立案. P-MASTER: a matter code must be one the agency's powers list published, and the case then records the
     * matter's name as the list gives it.
     */
    public static CaseRegistered register(RegisterCase command, CaseState state, MasterData master) {
        if (state.exists()) {
            throw RuleViolation.conflict("case " + command.caseId() + " is already registered");
        }
        Procedure procedure = command.procedure() != null ? command.procedure() : Procedure.defaultFor(command.category());
        if (!procedure.fits(command.category())) {
            throw RuleViolation.of("X-SEQ", "procedure", "a case of category " + command.category()
                    + " cannot run under the " + procedure + " procedure");
        }
        String matter = command.matter();
        MatterProfile profile = null;
        if (command.matterCode() != null) {
            MasterData.Matter coded = master.matter(command.agency(), command.matterCode())
                    .orElseThrow(() -> RuleViolation.of("P-MASTER", "matterCode", "matter code " + command.matterCode()
                            + " is not in the published powers list of agency " + command.agency() + " (D-PRE-POWERS)"));
            matter = coded.name();
            profile = coded.profile();
            if (!MatterProfile.orDefaults(profile).allows(procedure)) {
                throw RuleViolation.of("P-MASTER", "procedure", "matter " + command.matterCode() + " of agency "
                        + command.agency() + " runs under " + profile.procedures() + ", not " + procedure);
            }
        }
        return new CaseRegistered(command.caseId(), command.caseNumber(), command.agency(), command.unit(),
                command.category(), matter, command.parties(), command.officers(), command.now(),
                command.officer(), procedure, command.matterCode(), profile);
    }

    /** An officer's step: checked against X-SEQ and the rules of that step, completed by the server. */
    public static CaseEvent decideStep(CaseEvent step, CaseState state, StepContext context) {
        Class<? extends CaseEvent> type = step.getClass();
        if (Procedures.FROM_OTHER_SERVICES.contains(type) || step instanceof CaseRegistered) {
            throw RuleViolation.invalid("type", CaseEventTypes.typeOf(type).name()
                    + " is recorded from another service, not appended by hand");
        }
        requireSequence(state, type);
        StepCheck<CaseEvent> check = CHECKS.get(type);
        return check == null ? step : check.check(step, state, context);
    }

    /** A fact another service published about this case: recorded whenever the procedure allows it. */
    public static CaseEvent record(CaseEvent fact, CaseState state) {
        requireSequence(state, fact.getClass());
        return fact;
    }

    private static void requireSequence(CaseState state, Class<? extends CaseEvent> type) {
        if (Procedures.permits(state, type)) {
            return;
        }
        String step = CaseEventTypes.typeOf(type).name();
        boolean inProcedure = Procedures.of(state.procedure()).ruleFor(type).inProcedure();
        List<String> allowed = Procedures.allowedNext(state);
        throw RuleViolation.of("X-SEQ", (inProcedure ? "the case is " + state.status() + "; " + step + " is not allowed now"
                        : step + " is not a step of the " + state.procedure() + " procedure")
                        + "; allowed next: " + allowed)
                .with("procedure", state.procedure())
                .with("currentState", state.status())
                .with("allowedNext", allowed);
    }

    private static DecisionIssued issue(DecisionIssued step, CaseState state, StepContext context) {
        String certificate = context.actor().certificate();
        if (certificate != null && state.investigators().contains(certificate)) {
            throw RuleViolation.of("X-SEPARATE", "officer " + certificate + " investigated this case and may not decide it");
        }
        CaseState.Draft draft = state.draft();
        if (step.draftHash() != null && !step.draftHash().equals(draft.hash())) {
            throw RuleViolation.of("L-GATE", "draftHash", "the decision must be issued from the current draft "
                    + draft.hash() + ", not " + step.draftHash());
        }
        List<String> missing = LegalReviewGate.missingFor(state);
        if (!missing.isEmpty()) {
            throw RuleViolation.of("L-GATE", "draft " + draft.hash() + " cannot be issued yet: "
                    + String.join("; ", missing)).with("missing", missing);
        }
        if (step.documentNumber() == null || step.documentNumber().isBlank()) {
            throw RuleViolation.invalid("documentNumber", "is required");
        }
        LocalDate decidedOn = step.decidedOn() != null ? step.decidedOn() : context.today();
        return new DecisionIssued(step.documentNumber(), draft.hash(), decidedOn);
    }

    public static CaseState evolve(CaseState state, CaseEvent event) {
        return CaseEvolution.evolve(state, event);
    }

    public static CaseState fold(List<CaseEvent> events) {
        CaseState state = CaseState.NONE;
        for (CaseEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }

    /** The step as the audio-visual catalogue names it: its type, with its kind or method when it has one. */
    static String stepKey(CaseEvent event) {
        String name = CaseEventTypes.typeOf(event.getClass()).name();
        if (event instanceof CaseEvent.InvestigationRecorded i && i.kind() != null) {
            return name + ":" + i.kind();
        }
        if (event instanceof CaseEvent.EvidenceRecorded e && e.kind() != null) {
            return name + ":" + e.kind();
        }
        if (event instanceof CaseEvent.DocumentServed d && d.method() != null) {
            return name + ":" + d.method();
        }
        return name;
    }
}
