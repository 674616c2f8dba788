package gov.enforcement.system;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Strings no well-formed request carries where a code, an enum, a date, a number or an id is expected: injection
 * strings, odd Unicode, credit codes with a wrong check character, and very long text. None of them is blank or
 * reads as a number or a boolean, since JSON binding would quietly turn those into a valid value.
 */
final class HostileValues {

    /** The alphabet of unified social credit codes (GB 32100-2015): digits and capitals without I, O, S, V, Z. */
    static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    static final List<String> INJECTIONS = List.of(
            "' OR '1'='1", "1; DROP TABLE case_events; --", "'); delete from outbox; --", "\" OR \"\"=\"",
            "\\\"}]} ,{\"$ne\": null}", "{\"$gt\": \"\"}", "${jndi:ldap://127.0.0.1/a}", "#{7*7}", "{{7*7}}",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "../../../../etc/passwd",
            "..\\..\\windows\\win.ini", "%00", "%2e%2e%2f", "\r\nSet-Cookie: a=b", "`rm -rf /`", "$(reboot)",
            "' UNION SELECT password FROM pg_shadow --", "1' AND pg_sleep(5) --", "NaN-thing", "\\u0000");

    static final List<String> ODD_UNICODE = List.of(
            "\u0000", "a\u0000b", "\ud800", "x\udc00y", "\u202e\u2066abc\u2069", "\u200b\u200c\u200d\u2060", "\ufeff",
            "\ufffe\uffff", "😀🏳️‍🌈👨‍👩‍👧", "e\u0301\u0301\u0301\u0301\u0301\u0301", "Z\u0351\u0352\u0353\u0354\u0355\u0356",
            "１２３４５", "\u0660\u0661\u0662x", "\u00a0\u2028\u2029x", "\u001b[31mred", "\u0007\u0008\u000b", "𝕏𝕐ℤ",
            "石家庄\u0000人社", "\u3000\u3000局");

    private HostileValues() {
    }

    /** One of the choices, picked in proportion to its weight. */
    @SafeVarargs
    static <T> Arbitrary<T> weighted(Tuple.Tuple2<Integer, Arbitrary<? extends T>>... choices) {
        return Arbitraries.frequencyOf(choices);
    }

    static <T> Tuple.Tuple2<Integer, Arbitrary<? extends T>> w(int weight, Arbitrary<? extends T> choice) {
        return Tuple.of(weight, choice);
    }

    /** Any string of the kinds above, random Unicode included; occasionally 100,000 characters long. */
    static Arbitrary<String> strings() {
        return weighted(
                        w(4, Arbitraries.of(INJECTIONS)),
                        w(4, Arbitraries.of(ODD_UNICODE)),
                        w(2, badCreditCodes()),
                        w(3, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40)),
                        w(1, Arbitraries.strings().all().ofLength(100_000)))
                .filter(HostileValues::neverValid);
    }

    /** 18 characters of the right alphabet whose check character is wrong. */
    static Arbitrary<String> badCreditCodes() {
        return Arbitraries.strings().withChars(CREDIT_ALPHABET).ofLength(17)
                .flatMap(body -> Arbitraries.of(CREDIT_ALPHABET.chars().mapToObj(c -> String.valueOf((char) c)).toList())
                        .filter(check -> !check.equals(creditCheck(body)))
                        .map(check -> body + check));
    }

    /** The GB 32100-2015 check character of the first 17 characters. */
    static String creditCheck(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_ALPHABET.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return String.valueOf(CREDIT_ALPHABET.charAt((31 - sum % 31) % 31));
    }

    /** Blank text, numbers and booleans are coerced by JSON binding into valid values; they are not hostile here. */
    static boolean neverValid(String s) {
        String t = s.strip();
        // Jackson trims with String.trim(), which also drops control characters: "\u0001" is blank to it too
        if (t.isEmpty() || s.trim().isEmpty()) {
            return false;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (List.of("true", "false", "null", "yes", "no", "on", "off").contains(lower)) {
            return false;
        }
        try {
            new BigDecimal(t);
            return false;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** A path segment as sent: percent-encoded UTF-8 (lone surrogates as their raw 3-byte form), or raw tricks. */
    static Arbitrary<String> pathSegments() {
        Arbitrary<String> encoded = strings().map(HostileValues::percentEncode);
        Arbitrary<String> raw = Arbitraries.of("..", "../..", "..%2F..%2Fcases", "%2e%2e", "%2e%2e%2f%2e%2e", ".", "%00",
                "a%00b", "%E2%82", "%ED%A0%80", "%C0%AF", "%FF%FE", "00000000-0000-0000-0000-00000000000g",
                "00000000-0000-0000-0000-000000000000%00", "*", "null", "-1", "99999999999999999999999",
                "11130100MB1234567X", "12130100MB00000018", ";", "a;b=c", "%3B", "%2F", "%5C..%5C");
        Arbitrary<String> unknownIds = Arbitraries.create(() -> java.util.UUID.randomUUID().toString());
        Arbitrary<String> huge = Arbitraries.strings().withChars("abcdef0123456789-").ofLength(20_000);
        return weighted(w(5, encoded), w(4, raw),
                w(2, unknownIds), w(1, huge));
    }

    static String percentEncode(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '~') {
                out.append(c);
            } else if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1)))) {
                // a lone surrogate has no UTF-8 form; send the bytes a careless encoder would (CESU-8 style)
                out.append(String.format("%%%02X%%%02X%%%02X", 0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F)));
            } else {
                int cp = s.codePointAt(i);
                if (Character.isSupplementaryCodePoint(cp)) {
                    i++;
                }
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append(String.format("%%%02X", b & 0xFF));
                }
            }
        }
        return out.toString();
    }
}
