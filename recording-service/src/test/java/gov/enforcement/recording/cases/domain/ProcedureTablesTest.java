package gov.enforcement.recording.cases.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** X-SEQ tables: every kind of case event has a rule in every procedure, a fold and a published type. */
class ProcedureTablesTest {

    /** Every record of the sealed hierarchy, found by walking it, not from any list kept by hand. */
    private static Set<Class<?>> permitted(Class<?> sealed, Set<Class<?>> into) {
        for (Class<?> permitted : sealed.getPermittedSubclasses()) {
            if (permitted.isSealed()) {
                permitted(permitted, into);
            } else {
                into.add(permitted);
            }
        }
        return into;
    }

    @ParameterizedTest
    @EnumSource(Procedure.class)
    @DisplayName("X-SEQ: every permitted CaseEvent subclass has a rule in every procedure's table")
    void everyEventHasARuleInEveryProcedure(Procedure procedure) {
        Set<Class<?>> all = permitted(CaseEvent.class, new HashSet<>());
        assertEquals(all, new HashSet<>(Procedures.of(procedure).covered()));
        for (Class<?> type : all) {
            assertNotNull(Procedures.of(procedure).ruleFor(type.asSubclass(CaseEvent.class)), type.getName());
        }
    }

    @Test
    @DisplayName("every permitted CaseEvent subclass has a fold and a published event type")
    void everyEventFoldsAndIsPublished() {
        Set<Class<?>> all = permitted(CaseEvent.class, new HashSet<>());
        assertEquals(all, new HashSet<>(CaseEvolution.covered()));
        for (Class<?> type : all) {
            assertNotNull(CaseEventTypes.typeOf(type.asSubclass(CaseEvent.class)));
        }
    }

    @Test
    @DisplayName("P-SIMPLE: the simplified procedure has no draft, legal review or hearing")
    void simplifiedProcedureLeavesOutReviewAndHearing() {
        ProcedureTable simplified = Procedures.of(Procedure.SIMPLIFIED_PENALTY);
        for (Class<? extends CaseEvent> absent : java.util.List.of(CaseEvent.DecisionDrafted.class,
                CaseEvent.DecisionClassified.class, CaseEvent.HearingRequested.class, CaseEvent.DecisionIssued.class)) {
            assertFalse(simplified.ruleFor(absent).inProcedure(), absent.getSimpleName());
        }
        assertTrue(simplified.ruleFor(OutcomeEvent.OnTheSpotDecisionMade.class).inProcedure());
        assertFalse(Procedures.of(Procedure.GENERAL_PENALTY).ruleFor(OutcomeEvent.OnTheSpotDecisionMade.class).inProcedure());
    }
}
