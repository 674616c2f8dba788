package gov.enforcement.recording.cases;

import gov.enforcement.platform.problem.Problems;
import gov.enforcement.recording.cases.CaseEvent.CaseRegistered;
import gov.enforcement.recording.cases.CaseEvent.DecisionDrafted;
import gov.enforcement.recording.cases.CaseEvent.DecisionIssued;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Decides whether a step may be recorded and what exactly is recorded: pure, no I/O. */
public final class CaseDecider {

    private CaseDecider() {
    }

    public static List<CaseEvent> decide(RegisterCase command, CaseState state) {
        if (state.exists()) {
            throw Problems.conflict("case " + command.caseId() + " is already registered");
        }
        return List.of(new CaseRegistered(command.caseId(), command.caseNumber(), command.agency(), command.unit(),
                command.category(), command.matter(), command.parties(), command.officers(), command.now(),
                command.officer()));
    }

    /** An officer's step: checked against X-SEQ and the rules of that step, completed by the server. */
    public static CaseEvent decide(CaseEvent step, CaseState state, StepContext context) {
        String name = step.getClass().getSimpleName();
        if (CaseLifecycle.RECORDED_FROM_OTHER_SERVICES.contains(name) || step instanceof CaseRegistered) {
            throw Problems.invalidField("type", name + " is recorded from another service, not appended by hand");
        }
        requireSequence(state, name);
        return switch (name) {
            case "InvestigationRecorded" -> {
                StepRules.requireTwoQualifiedOfficers(state, ((CaseEvent.InvestigationRecorded) step).certificates(), context);
                yield step;
            }
            case "EvidenceRecorded" -> {
                StepRules.requireTwoQualifiedOfficers(state, ((CaseEvent.EvidenceRecorded) step).certificates(), context);
                yield step;
            }
            case "DecisionDrafted" -> StepRules.completeDraft((DecisionDrafted) step, state, context.actor().subject());
            case "DecisionIssued" -> issue((DecisionIssued) step, state, context);
            case "DecisionExecuted" -> {
                StepRules.requireAmount("amountPaid", ((CaseEvent.DecisionExecuted) step).amountPaid());
                yield step;
            }
            case "CaseClosed" -> {
                List<String> missingAv = context.audioVisual().missing(state);
                if (context.missingAudioVisualBlocksClosing() && !missingAv.isEmpty()) {
                    throw Problems.ruleViolated("R-AV-REQUIRED", "the case cannot close: no audio-visual record for "
                            + missingAv).with("missingAudioVisual", missingAv);
                }
                yield step;
            }
            default -> step;
        };
    }

    /** A fact another service published about this case: recorded whenever the lifecycle allows it. */
    public static CaseEvent record(CaseEvent fact, CaseState state) {
        requireSequence(state, fact.getClass().getSimpleName());
        return fact;
    }

    private static void requireSequence(CaseState state, String step) {
        if (!CaseLifecycle.permits(state, step)) {
            throw Problems.ruleViolated("X-SEQ", "the case is " + state.status() + "; " + step
                            + " is not allowed now; allowed next: " + CaseLifecycle.allowedNext(state))
                    .with("currentState", state.status())
                    .with("allowedNext", CaseLifecycle.allowedNext(state));
        }
    }

    private static DecisionIssued issue(DecisionIssued step, CaseState state, StepContext context) {
        String certificate = context.actor().certificate();
        if (certificate != null && state.investigators().contains(certificate)) {
            throw Problems.ruleViolated("X-SEPARATE", "officer " + certificate
                    + " investigated this case and may not decide it");
        }
        CaseState.Draft draft = state.draft();
        if (step.draftHash() != null && !step.draftHash().equals(draft.hash())) {
            throw Problems.ruleViolated("L-GATE", "draftHash", "the decision must be issued from the current draft "
                    + draft.hash() + ", not " + step.draftHash());
        }
        List<String> missing = LegalReviewGate.missingFor(state);
        if (!missing.isEmpty()) {
            throw Problems.ruleViolated("L-GATE", "draft " + draft.hash() + " cannot be issued yet: "
                    + String.join("; ", missing)).with("missing", missing);
        }
        if (step.documentNumber() == null || step.documentNumber().isBlank()) {
            throw Problems.invalidField("documentNumber", "is required");
        }
        LocalDate decidedOn = step.decidedOn() != null ? step.decidedOn() : context.now().atZoneSameInstant(context.zone()).toLocalDate();
        return new DecisionIssued(step.documentNumber(), draft.hash(), decidedOn);
    }

    public static CaseState evolve(CaseState state, CaseEvent event) {
        if (event instanceof CaseRegistered r) {
            return new CaseState(r.caseId(), r.caseNumber(), r.agency(), r.unit(), r.category(), r.matter(),
                    CaseStatus.REGISTERED, r.parties(), r.officers(), r.registeredAt(), Set.of(), false, false,
                    null, Set.of(), Set.of(), Map.of(), null, Set.of(), AudioVisualCoverage.NONE, List.of(), state.version() + 1);
        }
        String step = event.getClass().getSimpleName();
        String key = stepKey(event);
        CaseState next = state.next(CaseLifecycle.statusAfter(state, event)).withRecordedStep(key);
        if (event instanceof CaseEvent.AudioVisualRecorded av) {
            // R-AV-REQUIRED per occurrence; a record that names no step (none could be appended) documents none
            next = av.forStep() == null ? next : next.withAudioVisual(next.audioVisual().recordedFor(av.forStep()));
        } else {
            next = next.withAudioVisual(next.audioVisual().occurred(step, key));
        }
        return switch (step) {
            case "OfficersAssigned" -> next.withOfficers(merge(next.officers(), ((CaseEvent.OfficersAssigned) event).officers()));
            case "InvestigationRecorded" -> next.withInvestigators(((CaseEvent.InvestigationRecorded) event).certificates());
            case "EvidenceRecorded" -> next.withInvestigators(((CaseEvent.EvidenceRecorded) event).certificates());
            case "HearingRequested" -> next.withHearing(true, false);
            case "HearingHeld" -> next.withHearing(true, true);
            case "DecisionDrafted" -> {
                DecisionDrafted d = (DecisionDrafted) event;
                yield next.withDraft(new CaseState.Draft(d.revision(), d.draftHash(), d.decisionType(), null, null, List.of()));
            }
            case "DecisionIssued" -> {
                DecisionIssued i = (DecisionIssued) event;
                yield next.withIssued(new CaseState.Issued(i.documentNumber(), i.draftHash(), i.decidedOn()));
            }
            case "DecisionRevoked", "DecisionConfirmedIllegal", "DecisionOrderedRemade" -> next.withAfterDecision(step);
            default -> LegalReviewGate.evolve(next, event);
        };
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
        String name = event.getClass().getSimpleName();
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

    private static List<Officer> merge(List<Officer> current, List<Officer> added) {
        List<Officer> all = new ArrayList<>(current);
        Set<String> known = new HashSet<>();
        current.forEach(o -> known.add(o.certificate()));
        added.stream().filter(o -> known.add(o.certificate())).forEach(all::add);
        return List.copyOf(all);
    }
}
