package gov.enforcement.audit.leaf;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * RFC 8785 JSON Canonicalization Scheme: members sorted by UTF-16 code units, no whitespace, strings with
 * only the mandatory escapes, numbers as ECMAScript prints an IEEE 754 double, UTF-8. The same JSON value
 * gives the same bytes in any language, so outsiders can recompute a leaf. The bytes are written by
 * {@link CanonicalWriter}; the verifier runs it once per leaf.
 */
public final class Jcs {

    static final long MAX_EXACT_INTEGER = 1L << 53;

    private Jcs() {
    }

    public static byte[] canonicalize(JsonNode value) {
        return new CanonicalWriter(256).value(value).toBytes();
    }

    public static String canonicalString(JsonNode value) {
        return new String(canonicalize(value), StandardCharsets.UTF_8);
    }

    static boolean isExactInteger(JsonNode number) {
        return number.isIntegralNumber() && number.canConvertToLong()
                && -MAX_EXACT_INTEGER <= number.longValue() && number.longValue() <= MAX_EXACT_INTEGER;
    }

    /** ECMAScript Number.prototype.toString of a double (ECMA-262 §7.1.12.1), as RFC 8785 §3.2.2.3 requires. */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("RFC 8785 has no representation for " + value);
        }
        if (value == 0) {
            return "0";
        }
        if (value < 0) {
            return "-" + number(-value);
        }
        if (value < MAX_EXACT_INTEGER && value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        BigDecimal shortest = shortest(value);
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        int exponent = n - 1;
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }

    /** The fewest significant digits that read back as the same double; the closest such if several. */
    private static BigDecimal shortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (Double.parseDouble(candidate.toString()) == value) {
                return candidate.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }
}
