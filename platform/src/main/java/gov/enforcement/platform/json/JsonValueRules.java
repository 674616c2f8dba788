package gov.enforcement.platform.json;

import java.math.BigDecimal;

/**
 * What every value a client sends must be, whichever field it is in: text PostgreSQL can store as given and short
 * enough for one Kafka record, numbers that keep their value exactly. Each check answers what is wrong, or null.
 */
public final class JsonValueRules {

    /** One text value of a request: long enough for any description, far below Kafka's 1 MiB record. */
    public static final int DEFAULT_MAX_TEXT_LENGTH = 20_000;
    /** Digits before and after the decimal point: amounts in fen up to 10^18 yuan, rates to 18 places. */
    public static final int MAX_DIGITS = 18;

    private JsonValueRules() {
    }

    /**
     * Text longer than {@code maxLength} characters could make an event too large to publish; a lone UTF-16
     * surrogate (half an emoji, "\ud83d") would be stored as '?' or refused by PostgreSQL.
     */
    public static String checkText(String text, int maxLength) {
        if (text.length() > maxLength) {
            return "is " + text.length() + " characters long; at most " + maxLength + " are accepted";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains half of a surrogate pair (at character " + i + "), which is no character";
            } else if (c == '\u0000') {
                return "contains U+0000, which cannot be stored";
            }
        }
        return null;
    }

    /** A number the services keep exactly: no more than {@value #MAX_DIGITS} digits either side of the point. */
    public static String checkNumber(BigDecimal value) {
        if (value.signum() == 0) {
            return null;
        }
        BigDecimal plain = value.stripTrailingZeros();
        long integerDigits = (long) plain.precision() - plain.scale();
        if (integerDigits > MAX_DIGITS) {
            return "is out of range (more than " + MAX_DIGITS + " digits before the decimal point)";
        }
        if (plain.scale() > MAX_DIGITS) {
            return "has more than " + MAX_DIGITS + " digits after the decimal point, so it would not be kept exactly";
        }
        return null;
    }
}
