package gov.enforcement.recording.cases;

import gov.enforcement.platform.problem.Problems;
import gov.enforcement.recording.cases.CaseEvent.CaseRegistered;

import java.util.List;

/** Decides which events a command produces and folds events into state: pure, no I/O. */
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

    public static CaseState evolve(CaseState state, CaseEvent event) {
        if (event instanceof CaseRegistered registered) {
            return new CaseState(registered.caseId(), registered.caseNumber(), registered.agency(), registered.unit(),
                    registered.category(), registered.matter(), CaseStatus.REGISTERED, registered.parties(),
                    registered.officers(), registered.registeredAt(), state.version() + 1);
        }
        throw new IllegalArgumentException("unknown event " + event);
    }

    public static CaseState fold(List<CaseEvent> events) {
        CaseState state = CaseState.NONE;
        for (CaseEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }
}
