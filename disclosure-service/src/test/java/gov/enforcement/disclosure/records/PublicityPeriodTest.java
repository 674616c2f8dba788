package gov.enforcement.disclosure.records;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
