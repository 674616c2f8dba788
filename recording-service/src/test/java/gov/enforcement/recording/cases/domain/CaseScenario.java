package gov.enforcement.recording.cases.domain;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Given events, when a step, then the events recorded or the rule that refuses it — the shape of a decider
 * test for every rule. Everything runs on the pure decider: no database, no clock but the fixtures'.
 */
final class CaseScenario {

    private final List<CaseEvent> given = new ArrayList<>();
    private StepContext context = CaseFixtures.by("HB-0003");

    private CaseScenario() {
    }

    static CaseScenario given(CaseEvent... events) {
        CaseScenario scenario = new CaseScenario();
        scenario.given.addAll(List.of(events));
        return scenario;
    }

    /** More events, decided as if appended (so the server completes them as it would). */
    CaseScenario andRecorded(CaseEvent... steps) {
        for (CaseEvent step : steps) {
            boolean fact = Procedures.FROM_OTHER_SERVICES.contains(step.getClass());
            given.add(fact ? CaseDecider.record(step, state()) : CaseDecider.decideStep(step, state(), context));
        }
        return this;
    }

    CaseScenario by(StepContext who) {
        this.context = who;
        return this;
    }

    CaseState state() {
        return CaseDecider.fold(given);
    }

    /** The step is recorded; answers it as recorded and the case after it. */
    Then when(CaseEvent step) {
        CaseState before = state();
        CaseEvent recorded = CaseDecider.decideStep(step, before, context);
        return new Then(recorded, CaseDecider.evolve(before, recorded));
    }

    /** The step is refused by {@code rule}; nothing is recorded. */
    RuleViolation whenRefused(CaseEvent step, String rule) {
        CaseState before = state();
        RuleViolation refused = assertThrows(RuleViolation.class, () -> CaseDecider.decideStep(step, before, context));
        assertEquals(rule, refused.rule(), refused.getMessage());
        return refused;
    }

    record Then(CaseEvent recorded, CaseState state) {

        Then status(CaseStatus expected) {
            assertEquals(expected, state.status());
            return this;
        }
    }
}
