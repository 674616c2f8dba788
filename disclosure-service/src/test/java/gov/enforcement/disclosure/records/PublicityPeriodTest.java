package gov.enforcement.disclosure.records;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicityPeriodTest {

    private static final PublicityPeriod PERIOD = PublicityPeriod.defaults();
    private static final LocalDate DECIDED = LocalDate.of(2026, 4, 20);

    @Test
    @DisplayName("D-PERIOD: a warning stays public for the minimum of 3 months")
    void minimum() {
        assertEquals(LocalDate.of(2026, 7, 20), PERIOD.until(DECIDED, "PENALTY", new Draft("警告", "", "", null, null, false, false)));
    }

    @Test
    @DisplayName("D-PERIOD: the longest applicable period wins: a fine 1 year, a revoked licence 3 years, never beyond 3 years")
    void longestWins() {
        assertEquals(LocalDate.of(2027, 4, 20), PERIOD.until(DECIDED, "PENALTY",
                new Draft("罚款", "", "", new BigDecimal("100"), null, false, false)));
        assertEquals(LocalDate.of(2029, 4, 20), PERIOD.until(DECIDED, "PENALTY",
                new Draft("罚款", "", "", new BigDecimal("100"), null, true, false)));
    }

    @Test
    @DisplayName("D-PERIOD, P-SIMPLE: a warning alone is published but not kept as credit information; a fine is")
    void warningIsNotCreditInformation() {
        Draft warning = new Draft("当场行政处罚决定", "", "", null, null, false, false, "PENALTY", null, List.of("WARNING"));
        Draft fine = new Draft("当场行政处罚决定", "", "", new BigDecimal("200"), null, false, false, "PENALTY", null,
                List.of("WARNING", "FINE"));
        assertFalse(PublicityPeriod.penaltyCredit(DecisionKind.PENALTY, warning));
        assertTrue(PublicityPeriod.penaltyCredit(DecisionKind.PENALTY, fine));
        assertFalse(PublicityPeriod.penaltyCredit(DecisionKind.PENALTY, new Draft("警告", "", "", null, null, false, false)));
        assertEquals(LocalDate.of(2026, 7, 20), PERIOD.until(DECIDED, DecisionKind.PENALTY, warning, null));
    }

    @Test
    @DisplayName("D-PERIOD, P-OUTCOME: a no-penalty decision has no penalty publicity period and is not credit information, even with an amount in an older draft")
    void noPenaltyHasNoPenaltyPeriod() {
        Draft noPenalty = new Draft("不予行政处罚决定", "", "", new BigDecimal("100"), null, true, false, "NO_PENALTY",
                "NO_FAULT", List.of());
        assertEquals(DecisionKind.NO_PENALTY, DecisionKind.ofIssued("PENALTY", noPenalty));
        assertEquals(LocalDate.of(2029, 4, 20), PERIOD.until(DECIDED, "PENALTY", noPenalty));
        assertFalse(PublicityPeriod.penaltyCredit(DecisionKind.NO_PENALTY, noPenalty));
    }

    @Test
    @DisplayName("D-PERIOD, P-LICENSE: a licence stays public while it is valid; one without an end until withdrawn; a refusal for the maximum")
    void licenceWhileValid() {
        Draft none = Draft.empty();
        assertEquals(LocalDate.of(2031, 5, 19), PERIOD.until(DECIDED, DecisionKind.LICENCE, none,
                new PublicRecord.Licence(true, "JY1", "GENERAL", DECIDED, LocalDate.of(2031, 5, 19), null)));
        assertEquals(PublicityPeriod.INDEFINITE, PERIOD.until(DECIDED, DecisionKind.LICENCE, none,
                new PublicRecord.Licence(true, "JY1", "GENERAL", DECIDED, null, null)));
        assertEquals(LocalDate.of(2029, 4, 20), PERIOD.until(DECIDED, DecisionKind.LICENCE, none,
                new PublicRecord.Licence(false, null, null, null, null, "不符合条件")));
    }
}
