package gov.enforcement.audit.leaf;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Arrays;

/**
 * The canonical form of a JSON text, read token by token without building a tree: each object's members are
 * written as they come and reordered in place only when they came unsorted (as PostgreSQL's jsonb prints them:
 * shorter names first). A text with a repeated member name falls back to the tree, so the last one wins there
 * too. The verifier runs this once per leaf.
 */
final class CanonicalText {

    private static final ObjectMapper TREES = new ObjectMapper();
    private static final JsonFactory TOKENS = TREES.getFactory();

    private final CanonicalWriter out;
    private final JsonParser parser;

    private CanonicalText(CanonicalWriter out, JsonParser parser) {
        this.out = out;
        this.parser = parser;
    }

    static void write(CanonicalWriter out, String text) {
        int start = out.mark();
        boolean wasFirst = out.atFirst();
        try (JsonParser parser = TOKENS.createParser(text)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new IllegalArgumentException("no JSON value");
            }
            new CanonicalText(out, parser).value(token);
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("more than one JSON value");
            }
        } catch (RepeatedName repeated) {
            out.rewind(start, wasFirst);
            out.value(tree(text));
        } catch (IOException e) {
            throw new IllegalArgumentException("stored event data is not JSON", e);
        }
    }

    private void value(JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> object();
            case START_ARRAY -> array();
            case VALUE_STRING -> out.string(parser.getText());
            case VALUE_NUMBER_INT -> {
                if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    out.literal(Jcs.number(parser.getDoubleValue()));
                } else {
                    out.number(parser.getLongValue());
                }
            }
            case VALUE_NUMBER_FLOAT -> out.literal(Jcs.number(parser.getDoubleValue()));
            case VALUE_TRUE -> out.literal("true");
            case VALUE_FALSE -> out.literal("false");
            case VALUE_NULL -> out.literal("null");
            default -> throw new IllegalArgumentException("unexpected " + token);
        }
    }

    private void array() throws IOException {
        out.put((byte) '[');
        boolean firstElement = true;
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
            if (!firstElement) {
                out.put((byte) ',');
            }
            firstElement = false;
            value(next);
        }
        out.put((byte) ']');
        out.endedValue();
    }

    private void object() throws IOException {
        out.put((byte) '{');
        int membersStart = out.mark();
        String[] names = new String[8];
        int[] bounds = new int[16]; // start and end of each member ("name":value)
        int count = 0;
        boolean sorted = true;
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
            String name = parser.currentName();
            if (count > 0) {
                out.put((byte) ',');
                sorted &= names[count - 1].compareTo(name) < 0;
            }
            if (count == names.length) {
                names = Arrays.copyOf(names, count * 2);
                bounds = Arrays.copyOf(bounds, count * 4);
            }
            names[count] = name;
            bounds[2 * count] = out.mark();
            out.string(name);
            out.put((byte) ':');
            value(parser.nextToken());
            bounds[2 * count + 1] = out.mark();
            count++;
        }
        if (!sorted) {
            out.reorder(membersStart, bounds, canonicalOrder(names, count));
        }
        out.put((byte) '}');
        out.endedValue();
    }

    /** The members' indexes in RFC 8785 order (UTF-16 code units of the names). */
    private static int[] canonicalOrder(String[] names, int count) {
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
        return order;
    }

    private static JsonNode tree(String text) {
        try {
            return TREES.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
    }

    /** A member name twice in one object: such texts take the tree path. */
    private static final class RepeatedName extends RuntimeException {
        RepeatedName() {
            super(null, null, false, false);
        }
    }
}
