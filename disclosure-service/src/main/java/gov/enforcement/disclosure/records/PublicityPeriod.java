package gov.enforcement.disclosure.records;

import java.time.LocalDate;
import java.time.Period;

/**
 * D-PERIOD: how long a record stays in the public search, from its decision date. For penalty credit information
 * the longest applicable minimum wins, never beyond the maximum (practice: at least 3 months, at most 3 years); a
 * licence stays while it is valid; every other decision — a no-penalty decision included, which has no penalty
 * publicity period — stays as long as the maximum allows.
 */
public record PublicityPeriod(Period minimum, Period withAmounts, Period severe, Period maximum) {

    /** A licence granted without an end date stays public until it is revoked or cancelled. */
    public static final LocalDate INDEFINITE = LocalDate.of(9999, 12, 31);

    public static PublicityPeriod defaults() {
        return new PublicityPeriod(Period.ofMonths(3), Period.ofYears(1), Period.ofYears(3), Period.ofYears(3));
    }

    /** The period of an issued decision of a case of {@code category}, as records were before kinds were named. */
    public LocalDate until(LocalDate decidedOn, String category, Draft draft) {
        return until(decidedOn, DecisionKind.ofIssued(category, draft), draft, null);
    }

    public LocalDate until(LocalDate decidedOn, DecisionKind kind, Draft draft, PublicRecord.Licence licence) {
        if (kind == DecisionKind.LICENCE && licence != null && licence.granted()) {
            return licence.validTo() == null ? INDEFINITE : licence.validTo();
        }
        LocalDate cap = decidedOn.plus(maximum);
        if (kind != DecisionKind.PENALTY) {
            return cap; // the publicity period is a penalty rule; other decisions stay as long as allowed
        }
        Period applicable = minimum;
        if (draft.licenceRevoked() || draft.businessClosed()) {
            applicable = severe;
        } else if (Draft.positive(draft.fineAmount()) || Draft.positive(draft.confiscationAmount())) {
            applicable = withAmounts;
        }
        LocalDate end = decidedOn.plus(longest(applicable, minimum));
        return end.isAfter(cap) ? cap : end;
    }

    /**
     * Whether the record is kept as penalty credit information (行政处罚信用信息), whose publicity period a credit
     * repair may end early: penalties only, and not a warning or 通报批评 alone, which are published but not kept.
     */
    public static boolean penaltyCredit(DecisionKind kind, Draft draft) {
        return kind == DecisionKind.PENALTY && !draft.warningOnly();
    }

    private static Period longest(Period a, Period b) {
        return a.toTotalMonths() * 31 + a.getDays() >= b.toTotalMonths() * 31 + b.getDays() ? a : b;
    }
}
