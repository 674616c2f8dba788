package gov.enforcement.disclosure.records;

import java.math.BigDecimal;

/**
 * The amounts a disclosure shows (fines, confiscations): yuan with fen, never negative, at most 12 digits before
 * the point and 2 after. They are checked where they come in and again where a stored record is read, so that an
 * amount that slipped in earlier is shown as absent instead of breaking a page.
 */
public final class Amounts {

    static final int MAX_INTEGER_DIGITS = 12;
    static final int MAX_SCALE = 2;

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
}
