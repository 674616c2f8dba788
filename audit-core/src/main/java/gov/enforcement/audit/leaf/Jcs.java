package gov.enforcement.audit.leaf;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;

/**
 * RFC 8785 JSON Canonicalization Scheme: members sorted by UTF-16 code units, no whitespace, strings with
 * only the mandatory escapes, numbers as ECMAScript prints an IEEE 754 double, UTF-8. The same JSON value
 * gives the same bytes in any language, so outsiders can recompute a leaf. Writes bytes directly: the
 * verifier runs this once per leaf.
 */
public final class Jcs {

    private static final long MAX_EXACT_INTEGER = 1L << 53;
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper TREES = new ObjectMapper();
    private static final JsonFactory TOKENS = TREES.getFactory();

    private Jcs() {
    }

    public static byte[] canonicalize(JsonNode value) {
        return new Writer(256).value(value).toBytes();
    }

    public static String canonicalString(JsonNode value) {
        return new String(canonicalize(value), StandardCharsets.UTF_8);
    }

    /**
     * Canonical JSON written piece by piece, for callers that know their members' canonical order (they are
     * responsible for it); {@link #value(JsonNode)} sorts by itself.
     */
    public static final class Writer {

        private byte[] buffer;
        private int length;
        private boolean first = true;

        public Writer(int capacity) {
            buffer = new byte[capacity];
        }

        public Writer beginObject() {
            put((byte) '{');
            first = true;
            return this;
        }

        public Writer endObject() {
            put((byte) '}');
            first = false;
            return this;
        }

        /** The next member's name; members must come in RFC 8785 order. */
        public Writer member(String name) {
            if (!first) {
                put((byte) ',');
            }
            string(name);
            put((byte) ':');
            first = true;
            return this;
        }

        public Writer string(String s) {
            if (s == null) {
                return literal("null");
            }
            if (plain(s)) {
                // the usual case: nothing to escape, no surrogate to check, so the JDK's own UTF-8 encoder
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                ensure(utf8.length + 2);
                buffer[length++] = '"';
                System.arraycopy(utf8, 0, buffer, length, utf8.length);
                length += utf8.length;
                buffer[length++] = '"';
                first = false;
                return this;
            }
            ensure(s.length() * 6 + 2); // a control character takes six bytes (\u001f)
            buffer[length++] = '"';
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                    buffer[length++] = (byte) c;
                } else if (c < 0x80) {
                    escape(c);
                } else if (c < 0x800) {
                    buffer[length++] = (byte) (0xc0 | c >> 6);
                    buffer[length++] = (byte) (0x80 | c & 0x3f);
                } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    buffer[length++] = (byte) (0xf0 | cp >> 18);
                    buffer[length++] = (byte) (0x80 | cp >> 12 & 0x3f);
                    buffer[length++] = (byte) (0x80 | cp >> 6 & 0x3f);
                    buffer[length++] = (byte) (0x80 | cp & 0x3f);
                } else if (Character.isSurrogate(c)) {
                    throw new IllegalArgumentException("RFC 8785 has no representation for a lone surrogate");
                } else {
                    buffer[length++] = (byte) (0xe0 | c >> 12);
                    buffer[length++] = (byte) (0x80 | c >> 6 & 0x3f);
                    buffer[length++] = (byte) (0x80 | c & 0x3f);
                }
            }
            buffer[length++] = '"';
            first = false;
            return this;
        }

        private static boolean plain(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x20 || c == '"' || c == '\\' || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
                    return false;
                }
            }
            return true;
        }

        public Writer number(long n) {
            return literal(-MAX_EXACT_INTEGER <= n && n <= MAX_EXACT_INTEGER ? Long.toString(n) : Jcs.number(n));
        }

        public Writer value(JsonNode value) {
            switch (value.getNodeType()) {
                case OBJECT -> object(value);
                case ARRAY -> {
                    put((byte) '[');
                    for (int i = 0; i < value.size(); i++) {
                        if (i > 0) {
                            put((byte) ',');
                        }
                        value(value.get(i));
                    }
                    put((byte) ']');
                    first = false;
                }
                case STRING -> string(value.textValue());
                case NUMBER -> literal(isExactInteger(value) ? Long.toString(value.longValue()) : Jcs.number(value.doubleValue()));
                case BOOLEAN -> literal(value.booleanValue() ? "true" : "false");
                case NULL -> literal("null");
                default -> throw new IllegalArgumentException("not a JSON value: " + value.getNodeType());
            }
            return this;
        }

        /**
         * The canonical form of a JSON text, read token by token without building a tree: each object's
         * members are written as they come and reordered in place only when they came unsorted (as
         * PostgreSQL's jsonb prints them: shorter names first). Same bytes as {@link #value(JsonNode)} of the
         * parsed text; a text with a repeated member name takes that path, so the last one wins there too.
         */
        public Writer json(String text) {
            int start = length;
            boolean wasFirst = first;
            try (JsonParser parser = TOKENS.createParser(text)) {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    throw new IllegalArgumentException("no JSON value");
                }
                stream(parser, token);
                if (parser.nextToken() != null) {
                    throw new IllegalArgumentException("more than one JSON value");
                }
                return this;
            } catch (RepeatedName repeated) {
                length = start;
                first = wasFirst;
                return value(tree(text));
            } catch (IOException e) {
                throw new IllegalArgumentException("stored event data is not JSON", e);
            }
        }

        private void stream(JsonParser parser, JsonToken token) throws IOException {
            switch (token) {
                case START_OBJECT -> streamObject(parser);
                case START_ARRAY -> {
                    put((byte) '[');
                    boolean firstElement = true;
                    for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                        if (!firstElement) {
                            put((byte) ',');
                        }
                        firstElement = false;
                        stream(parser, next);
                    }
                    put((byte) ']');
                    first = false;
                }
                case VALUE_STRING -> string(parser.getText());
                case VALUE_NUMBER_INT -> {
                    if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                        literal(Jcs.number(parser.getDoubleValue()));
                    } else {
                        number(parser.getLongValue());
                    }
                }
                case VALUE_NUMBER_FLOAT -> literal(Jcs.number(parser.getDoubleValue()));
                case VALUE_TRUE -> literal("true");
                case VALUE_FALSE -> literal("false");
                case VALUE_NULL -> literal("null");
                default -> throw new IllegalArgumentException("unexpected " + token);
            }
        }

        private void streamObject(JsonParser parser) throws IOException {
            put((byte) '{');
            int membersStart = length;
            String[] names = new String[8];
            int[] bounds = new int[16]; // start and end of each member ("name":value)
            int count = 0;
            boolean sorted = true;
            for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                String name = parser.currentName();
                if (count > 0) {
                    put((byte) ',');
                    sorted &= names[count - 1].compareTo(name) < 0;
                }
                if (count == names.length) {
                    names = Arrays.copyOf(names, count * 2);
                    bounds = Arrays.copyOf(bounds, count * 4);
                }
                names[count] = name;
                bounds[2 * count] = length;
                string(name);
                put((byte) ':');
                stream(parser, parser.nextToken());
                bounds[2 * count + 1] = length;
                count++;
            }
            if (!sorted) {
                reorder(membersStart, names, bounds, count);
            }
            put((byte) '}');
            first = false;
        }

        /** Rewrites the members written since {@code from} in RFC 8785 order (UTF-16 code units of the names). */
        private void reorder(int from, String[] names, int[] bounds, int count) {
            int[] order = new int[count];
            for (int i = 0; i < count; i++) { // insertion sort: objects have a handful of members
                int j = i;
                while (j > 0 && names[order[j - 1]].compareTo(names[i]) > 0) {
                    order[j] = order[j - 1];
                    j--;
                }
                order[j] = i;
            }
            for (int i = 1; i < count; i++) {
                if (names[order[i]].equals(names[order[i - 1]])) {
                    throw new RepeatedName();
                }
            }
            byte[] written = Arrays.copyOfRange(buffer, from, length);
            length = from;
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    buffer[length++] = ',';
                }
                int member = order[i];
                int size = bounds[2 * member + 1] - bounds[2 * member];
                System.arraycopy(written, bounds[2 * member] - from, buffer, length, size);
                length += size;
            }
        }

        public byte[] toBytes() {
            return Arrays.copyOf(buffer, length);
        }

        private void object(JsonNode value) {
            String[] names = new String[value.size()];
            int n = 0;
            for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
                names[n++] = it.next();
            }
            // String.compareTo compares UTF-16 code units, which is exactly what RFC 8785 §3.2.3 asks for
            Arrays.sort(names);
            beginObject();
            for (String name : names) {
                member(name);
                value(value.get(name));
            }
            endObject();
        }

        private Writer literal(String ascii) {
            ensure(ascii.length());
            for (int i = 0; i < ascii.length(); i++) {
                buffer[length++] = (byte) ascii.charAt(i);
            }
            first = false;
            return this;
        }

        private void escape(char c) {
            buffer[length++] = '\\';
            switch (c) {
                case '"' -> buffer[length++] = '"';
                case '\\' -> buffer[length++] = '\\';
                case '\b' -> buffer[length++] = 'b';
                case '\f' -> buffer[length++] = 'f';
                case '\n' -> buffer[length++] = 'n';
                case '\r' -> buffer[length++] = 'r';
                case '\t' -> buffer[length++] = 't';
                default -> {
                    buffer[length++] = 'u';
                    buffer[length++] = '0';
                    buffer[length++] = '0';
                    buffer[length++] = HEX[c >> 4];
                    buffer[length++] = HEX[c & 0xf];
                }
            }
        }

        private void put(byte b) {
            ensure(1);
            buffer[length++] = b;
        }

        private void ensure(int more) {
            if (length + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
            }
        }
    }

    /** A member name twice in one object: the streaming path leaves such texts to the tree. */
    private static final class RepeatedName extends RuntimeException {
        RepeatedName() {
            super(null, null, false, false);
        }
    }

    private static JsonNode tree(String text) {
        try {
            return TREES.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
    }

    private static boolean isExactInteger(JsonNode number) {
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
