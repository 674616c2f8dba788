package gov.enforcement.disclosure.records;

import java.time.LocalDate;
import java.time.Period;

/**
 * D-PERIOD: how long a decision stays in the public search, from its decision date. The longest applicable
 * minimum wins, never beyond the maximum (practice: at least 3 months, at most 3 years).
 */
public record PublicityPeriod(Period minimum, Period withAmounts, Period severe, Period maximum) {

    public static PublicityPeriod defaults() {
        return new PublicityPeriod(Period.ofMonths(3), Period.ofYears(1), Period.ofYears(3), Period.ofYears(3));
    }

    public LocalDate until(LocalDate decidedOn, String category, Draft draft) {
        Period applicable = minimum;
        if (!"PENALTY".equals(category)) {
            applicable = maximum; // the publicity period is a penalty rule; other decisions stay as long as allowed
        } else if (draft.licenceRevoked() || draft.businessClosed()) {
            applicable = severe;
        } else if (positive(draft.fineAmount()) || positive(draft.confiscationAmount())) {
            applicable = withAmounts;
        }
        LocalDate end = decidedOn.plus(longest(applicable, minimum));
        LocalDate cap = decidedOn.plus(maximum);
        return end.isAfter(cap) ? cap : end;
    }

    private static Period longest(Period a, Period b) {
        return a.toTotalMonths() * 31 + a.getDays() >= b.toTotalMonths() * 31 + b.getDays() ? a : b;
    }

    private static boolean positive(java.math.BigDecimal amount) {
        return amount != null && amount.signum() > 0;
    }
}
