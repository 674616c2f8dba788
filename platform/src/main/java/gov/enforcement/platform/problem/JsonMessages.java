package gov.enforcement.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Jackson's failures retold in JSON's terms: what the field must be, not which Java type wanted it. */
final class JsonMessages {

    private JsonMessages() {
    }

    static String expected(JsonMappingException e) {
        if (e.getCause() instanceof InputCoercionException) {
            return "is out of range";
        }
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (target == null) {
            return "has the wrong type or format";
        }
        String must = "must be " + kindOf(target);
        return e instanceof InvalidFormatException ? must + " (got " + shown(((InvalidFormatException) e).getValue()) + ")" : must;
    }

    static String kindOf(Class<?> type) {
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class || type == BigDecimal.class) {
            return "a number";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (type == LocalDate.class) {
            return "a date (yyyy-MM-dd)";
        }
        if (type == OffsetDateTime.class || Temporal.class.isAssignableFrom(type)) {
            return "a date and time with offset (ISO 8601, e.g. 2026-09-29T10:00:00+08:00)";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return Map.class.isAssignableFrom(type) || !type.isPrimitive() ? "an object" : "a JSON value of another type";
    }

    /** Jackson's limits, in words that do not name Jackson or its settings. */
    static String limitExceeded(String message) {
        String m = String.valueOf(message);
        if (m.contains("String value length")) {
            return "a text value is too long";
        }
        if (m.contains("Number value length") || m.contains("number length")) {
            return "a number has too many digits";
        }
        if (m.contains("nesting depth")) {
            return "is nested too deeply";
        }
        if (m.contains("Name length")) {
            return "a field name is too long";
        }
        return "is too large";
    }

    /** The key a strict parser met twice, or null when this is another failure. */
    static String duplicateKey(JsonProcessingException e) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Duplicate (?:field|Object property) ['\"]([^'\"]*)['\"]")
                .matcher(String.valueOf(e.getOriginalMessage()));
        return m.find() ? m.group(1) : null;
    }

    /** The parser's own words without where it was (the client has its body) or any Java name in backquotes. */
    static String parseProblem(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        m = m.replaceAll("`[^`]*`", "a value").replaceAll("\\(code \\d+\\)", "").replaceAll("\\s+", " ").trim();
        int line = m.indexOf('\n');
        return line < 0 ? m : m.substring(0, line);
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() > 40 ? '"' + text.substring(0, 40) + "…\"" : '"' + text + '"';
    }
}
