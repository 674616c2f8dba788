package gov.enforcement.audit.leaf;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Test data from RFC 8785 (Appendix B) and cyberphone/json-canonicalization's testdata (Apache-2.0). */
class JcsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("RFC 8785 Appendix B: numbers are printed as ECMAScript prints IEEE 754 doubles")
    @CsvSource({
            "0000000000000000, 0",
            "8000000000000000, 0",
            "0000000000000001, 5e-324",
            "8000000000000001, -5e-324",
            "7fefffffffffffff, 1.7976931348623157e+308",
            "ffefffffffffffff, -1.7976931348623157e+308",
            "4340000000000000, 9007199254740992",
            "c340000000000000, -9007199254740992",
            "4430000000000000, 295147905179352830000",
            "44b52d02c7e14af5, 9.999999999999997e+22",
            "44b52d02c7e14af6, 1e+23",
            "44b52d02c7e14af7, 1.0000000000000001e+23",
            "444b1ae4d6e2ef4e, 999999999999999700000",
            "444b1ae4d6e2ef4f, 999999999999999900000",
            "444b1ae4d6e2ef50, 1e+21",
            "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
            "3eb0c6f7a0b5ed8d, 0.000001",
            "41b3de4355555553, 333333333.3333332",
            "41b3de4355555554, 333333333.33333325",
            "41b3de4355555555, 333333333.3333333",
            "41b3de4355555556, 333333333.3333334",
            "41b3de4355555557, 333333333.33333343",
            "becbf647612f3696, -0.0000033333333333333333",
            "43143ff3c1cb0959, 1424953923781206.2"})
    void numbers(String ieee754, String expected) {
        assertEquals(expected, Jcs.number(Double.longBitsToDouble(Long.parseUnsignedLong(ieee754, 16))));
    }

    @Test
    @DisplayName("RFC 8785: NaN and infinities have no canonical form")
    void nonFinite() {
        assertThrows(IllegalArgumentException.class, () -> Jcs.number(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Jcs.number(Double.POSITIVE_INFINITY));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("RFC 8785: sorted members, no whitespace, minimal string escapes (cyberphone test data)")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            arrays     | [56, {"d": true, "10": null, "1": [ ]}] | [56,{"1":[],"10":null,"d":true}]
            structures | {"1": {"f": {"f": "hi","F": 5} ,"\\n": 56.0}, "10": { }, "": "empty", "a": { }, "111": [ {"e": "yes","E": "no" } ], "A": { }} | {"":"empty","1":{"\\n":56,"f":{"F":5,"f":"hi"}},"10":{},"111":[{"E":"no","e":"yes"}],"A":{},"a":{}}
            unicode    | {"Unnormalized Unicode":"A\\u030a"} | {"Unnormalized Unicode":"A\u030a"}
            values     | {"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]} | {"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA'B\\"\\\\\\\\\\"/"}
            french     | {"peach": "This sorting order", "péché": "is wrong according to French", "pêche": "but canonicalization MUST", "sin": "ignore locale"} | {"peach":"This sorting order","péché":"is wrong according to French","pêche":"but canonicalization MUST","sin":"ignore locale"}
            """)
    void canonicalForm(String name, String input, String expected) throws Exception {
        assertEquals(expected, Jcs.canonicalString(JSON.readTree(input)), name);
    }

    @Test
    @DisplayName("RFC 8785: members sort by UTF-16 code units, so an emoji key comes before U+FB33 (cyberphone 'weird')")
    void weird() throws Exception {
        String input = "{\"\\u20ac\": \"Euro Sign\", \"\\r\": \"Carriage Return\", \"\\u000a\": \"Newline\", \"1\": \"One\","
                + " \"\\u0080\": \"Control\\u007f\", \"\\ud83d\\ude02\": \"Smiley\","
                + " \"\\u00f6\": \"Latin Small Letter O With Diaeresis\", \"\\ufb33\": \"Hebrew Letter Dalet With Dagesh\","
                + " \"</script>\": \"Browser Challenge\"}";
        // the expected UTF-8 bytes of testdata/outhex/weird.txt
        String expectedHex = "7b225c6e223a224e65776c696e65222c225c72223a224361727269616765205265747572"
                + "6e222c2231223a224f6e65222c223c2f7363726970743e223a2242726f77736572204368"
                + "616c6c656e6765222c22c280223a22436f6e74726f6c7f222c22c3b6223a224c6174696e"
                + "20536d616c6c204c6574746572204f205769746820446961657265736973222c22e282ac"
                + "223a224575726f205369676e222c22f09f9882223a22536d696c6579222c22efacb3223a"
                + "22486562726577204c65747465722044616c6574205769746820446167657368227d";
        assertArrayEquals(HexFormat.of().parseHex(expectedHex), Jcs.canonicalize(JSON.readTree(input)));
        assertEquals("\"\\u001f\\t\\b\\f\"", Jcs.canonicalString(JSON.readTree("\"\\u001f\\t\\b\\f\"")));
        assertEquals("[-9007199254740992,9007199254740992,0]", new String(
                Jcs.canonicalize(JSON.readTree("[-9007199254740992, 9007199254740993, -0.0]")), StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("the streaming canonicaliser gives the same bytes as canonicalising the parsed tree, for 20,000 random texts")
    void streamingMatchesTree() throws Exception {
        java.util.Random random = new java.util.Random(8785);
        for (int i = 0; i < 20_000; i++) {
            String text = randomValue(random, 0);
            byte[] streamed = new CanonicalWriter(16).json(text).toBytes();
            assertArrayEquals(Jcs.canonicalize(JSON.readTree(text)), streamed, text);
        }
    }

    @Test
    @DisplayName("the streaming canonicaliser: a repeated member keeps the last value, as the tree does; garbage is refused")
    void streamingEdgeCases() {
        assertEquals("{\"a\":2,\"b\":1}", new String(new CanonicalWriter(8).json("{\"b\": 1, \"a\": 1, \"a\": 2}").toBytes(),
                StandardCharsets.UTF_8));
        assertThrows(IllegalArgumentException.class, () -> new CanonicalWriter(8).json("{\"a\": "));
        assertThrows(IllegalArgumentException.class, () -> new CanonicalWriter(8).json("{} {}"));
        assertThrows(IllegalArgumentException.class, () -> new CanonicalWriter(8).json(""));
    }

    private static final String[] NAMES = {"a", "b", "kind", "caseId", "€", "\\u00e9t\\u00e9", "金额", "😀", "A", "aa", "\\n"};
    private static final String[] STRINGS = {"", "石家庄市长安区", "quote \\\" inside", "tab\\t", "\\u0001", "emoji 😀", "\\ud83d\\ude00",
            "<script>", "line\\nbreak", "é", "\\u2028"};
    private static final String[] NUMBERS = {"0", "-0", "1", "-1", "200000", "1.5", "1e30", "-2.5E-7", "9007199254740993",
            "123456789012345678901234567890", "0.1", "100.0", "3.14159265358979323846"};

    private static String randomValue(java.util.Random random, int depth) {
        int kind = random.nextInt(depth > 3 ? 4 : 6);
        String space = random.nextBoolean() ? " " : "";
        return switch (kind) {
            case 0 -> "\"" + STRINGS[random.nextInt(STRINGS.length)] + "\"";
            case 1 -> NUMBERS[random.nextInt(NUMBERS.length)];
            case 2 -> random.nextBoolean() ? "true" : "false";
            case 3 -> "null";
            case 4 -> {
                StringBuilder array = new StringBuilder("[");
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.append(randomValue(random, depth + 1)).append(i > 1 ? "," + space : "");
                }
                yield array.append("]").toString();
            }
            default -> {
                StringBuilder object = new StringBuilder("{");
                java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of(NAMES));
                java.util.Collections.shuffle(names, random);
                int members = random.nextInt(6);
                for (int i = 0; i < members; i++) {
                    object.append("\"").append(names.get(i)).append("\":").append(space).append(randomValue(random, depth + 1))
                            .append(i < members - 1 ? "," + space : "");
                }
                yield object.append("}").toString();
            }
        };
    }
}
