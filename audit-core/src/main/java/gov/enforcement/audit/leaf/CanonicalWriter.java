package gov.enforcement.audit.leaf;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;

/**
 * RFC 8785 canonical JSON written piece by piece into a growing byte array, for callers that know their members'
 * canonical order (they are responsible for it); {@link #value(JsonNode)} sorts by itself and {@link #json(String)}
 * canonicalises a JSON text without building a tree.
 */
public final class CanonicalWriter {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private byte[] buffer;
    private int length;
    private boolean first = true;

    public CanonicalWriter(int capacity) {
        buffer = new byte[capacity];
    }

    public CanonicalWriter beginObject() {
        put((byte) '{');
        first = true;
        return this;
    }

    public CanonicalWriter endObject() {
        put((byte) '}');
        first = false;
        return this;
    }

    /** The next member's name; members must come in RFC 8785 order. */
    public CanonicalWriter member(String name) {
        if (!first) {
            put((byte) ',');
        }
        string(name);
        put((byte) ':');
        first = true;
        return this;
    }

    public CanonicalWriter string(String s) {
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

    public CanonicalWriter number(long n) {
        return literal(-Jcs.MAX_EXACT_INTEGER <= n && n <= Jcs.MAX_EXACT_INTEGER ? Long.toString(n) : Jcs.number(n));
    }

    public CanonicalWriter value(JsonNode value) {
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
            case NUMBER -> literal(Jcs.isExactInteger(value) ? Long.toString(value.longValue()) : Jcs.number(value.doubleValue()));
            case BOOLEAN -> literal(value.booleanValue() ? "true" : "false");
            case NULL -> literal("null");
            default -> throw new IllegalArgumentException("not a JSON value: " + value.getNodeType());
        }
        return this;
    }

    /**
     * The canonical form of a JSON text, read token by token (see {@link CanonicalText}). Same bytes as
     * {@link #value(JsonNode)} of the parsed text.
     */
    public CanonicalWriter json(String text) {
        CanonicalText.write(this, text);
        return this;
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

    CanonicalWriter literal(String ascii) {
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

    void put(byte b) {
        ensure(1);
        buffer[length++] = b;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }

    /** Where the next byte goes: a mark to {@link #rewind} or {@link #reorder} to. */
    int mark() {
        return length;
    }

    boolean atFirst() {
        return first;
    }

    /** Forgets everything written since {@code mark}. */
    void rewind(int mark, boolean wasFirst) {
        length = mark;
        first = wasFirst;
    }

    /**
     * Rewrites the members written since {@code from} (their [start, end) in {@code bounds}, comma-separated) in
     * the given order.
     */
    void reorder(int from, int[] bounds, int[] order) {
        byte[] written = Arrays.copyOfRange(buffer, from, length);
        length = from;
        for (int i = 0; i < order.length; i++) {
            if (i > 0) {
                buffer[length++] = ',';
            }
            int member = order[i];
            int size = bounds[2 * member + 1] - bounds[2 * member];
            System.arraycopy(written, bounds[2 * member] - from, buffer, length, size);
            length += size;
        }
    }

    void endedValue() {
        first = false;
    }
}
