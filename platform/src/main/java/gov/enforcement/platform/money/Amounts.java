package gov.enforcement.platform.money;

import gov.enforcement.platform.json.JsonValueRules;

import java.math.BigDecimal;

/**
 * Amounts of money a decision states (fines, confiscations, payments): yuan with fen, never negative, at most 12
 * digits before the point and 2 after. Checked where they come in (a draft, an execution, a correction); where a
 * stored amount is read, only one no number could be shown as is left out, so that an amount recorded before this
 * rule still shows as recorded.
 */
public final class Amounts {

    public static final int MAX_INTEGER_DIGITS = 12;
    public static final int MAX_SCALE = 2;

    private Amounts() {
    }

    /** What is wrong with the amount, or null when it may be shown (null itself is "no amount" and fine). */
    public static String problem(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0) {
            return "must not be negative";
        }
        if (amount.signum() != 0 && amount.stripTrailingZeros().scale() > MAX_SCALE) {
            return "has more than " + MAX_SCALE + " decimal places (yuan and fen)";
        }
        if (amount.signum() != 0 && amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            return "has more than " + MAX_INTEGER_DIGITS + " digits before the decimal point";
        }
        return null;
    }

    /** Whether a stored amount can be shown as it is (any exact number a request could have carried). */
    public static boolean readable(BigDecimal amount) {
        return amount == null || amount.signum() >= 0 && JsonValueRules.checkNumber(amount) == null;
    }
}
