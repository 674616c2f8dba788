package gov.enforcement.disclosure.obligations;

import gov.enforcement.disclosure.records.DecisionKind;
import gov.enforcement.platform.calendar.HolidayCnFormat;
import gov.enforcement.platform.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ObligationRuleTest {

    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(HolidayCnFormat.shipped());

    @Test
    @DisplayName("D-POST-7: a penalty decided on 2026-09-29 is due on 2026-10-14 (National Day holidays skipped)")
    void penaltyDueInSevenWorkingDays() {
        ObligationRule rule = ObligationRule.decide("PENALTY", Optional.empty());
        assertEquals("D-POST-7", rule.rule());
        Deadline deadline = Deadline.of(CALENDAR, LocalDate.of(2026, 9, 29), rule.workingDays());
        assertEquals(LocalDate.of(2026, 10, 14), deadline.dueOn());
        assertTrue(deadline.calendarVersion().startsWith("2026:"), deadline.calendarVersion());
    }

    @Test
    @DisplayName("D-POST-7: licensing decisions too")
    void licensingIsSeven() {
        assertEquals(7, ObligationRule.decide("LICENSING", Optional.empty()).workingDays());
    }

    @Test
    @DisplayName("D-POST-20: a general decision decided on 2026-09-22 is due on 2026-10-27")
    void generalDueInTwentyWorkingDays() {
        ObligationRule rule = ObligationRule.decide("COERCION", Optional.empty());
        assertEquals("D-POST-20", rule.rule());
        assertEquals(LocalDate.of(2026, 10, 27), Deadline.of(CALENDAR, LocalDate.of(2026, 9, 22), 20).dueOn());
    }

    @Test
    @DisplayName("deadlines count from the day after the decision date: one working day after a Friday is Monday")
    void countsFromTheDayAfter() {
        assertEquals(LocalDate.of(2026, 11, 23), Deadline.of(CALENDAR, LocalDate.of(2026, 11, 20), 1).dueOn());
    }

    @Test
    @DisplayName("D-POST-EXEMPT: a matter configured as not publishable has no deadline and keeps its reason")
    void exemptMatter() {
        ObligationRule rule = ObligationRule.decide("PENALTY",
                Optional.of(new MatterPolicy("涉及国家秘密的事项", false, null, "《保守国家秘密法》")));
        assertEquals("D-POST-EXEMPT", rule.rule());
        assertFalse(rule.publishable());
        assertNull(rule.workingDays());
        assertEquals("《保守国家秘密法》", rule.reason());
    }

    @Test
    @DisplayName("D-POST-EXEMPT: a matter configured with another deadline uses it")
    void otherDeadline() {
        ObligationRule rule = ObligationRule.decide("PENALTY", Optional.of(new MatterPolicy("m", true, 3, "法规另有规定")));
        assertTrue(rule.publishable());
        assertEquals(3, rule.workingDays());
    }

    @Test
    @DisplayName("D-POST-7, P-OUTCOME, P-INSPECT: a no-penalty decision is due as a penalty decision is; an inspection result is decision information (D-POST-20)")
    void kinds() {
        assertEquals("D-POST-7", ObligationRule.decide(DecisionKind.NO_PENALTY, Optional.empty()).rule());
        assertEquals("D-POST-20", ObligationRule.decide(DecisionKind.INSPECTION_RESULT, Optional.empty()).rule());
        assertEquals("D-POST-7", ObligationRule.decide(DecisionKind.PENALTY, Optional.empty()).rule());
        assertEquals("D-POST-7", ObligationRule.decide(DecisionKind.LICENCE, Optional.empty()).rule());
    }
}
