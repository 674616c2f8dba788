package gov.enforcement.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import gov.enforcement.system.WriteTargets.Target;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import static gov.enforcement.system.HostileValues.w;
import static gov.enforcement.system.HostileValues.weighted;

/**
 * JSON bodies a write endpoint must refuse, made from its valid baseline body: broken syntax and bytes that are no
 * UTF-8, roots of the wrong kind, fields of the wrong type, hostile text where a code, enum, date, number or id
 * belongs, deep nesting and bodies of megabytes.
 */
final class MalformedBodies {

    static final int MB = 1024 * 1024;

    private MalformedBodies() {
    }

    /** A body and what is wrong with it. */
    record Body(String what, byte[] bytes) {
    }

    static Arbitrary<Body> of(Target target) {
        return target.strictFields().isEmpty()
                ? weighted(w(3, syntaxErrors(target)), w(2, wrongRoots(target)), w(4, wrongFieldTypes(target)),
                        w(3, valuesNoFieldMayHold(target)), w(1, deepNesting(target)), w(1, hugeBodies(target)))
                : weighted(w(3, syntaxErrors(target)), w(2, wrongRoots(target)), w(4, wrongFieldTypes(target)),
                        w(4, hostileStrictValues(target)), w(3, valuesNoFieldMayHold(target)), w(1, deepNesting(target)),
                        w(1, hugeBodies(target)));
    }

    /** Placeholder for a raw JSON literal that no JsonNode would write as sent (1e999999 would become Infinity). */
    private static final String RAW = "\"\u0000raw\"";

    /**
     * Well-formed JSON that no field may hold, so it must be refused, never altered on the way in: a key given twice,
     * a number that would not keep its value (1e999999 is no Infinity, 1e-999999 no 0, 999 no true), text over the
     * 20,000 characters one value may have.
     */
    static Arbitrary<Body> valuesNoFieldMayHold(Target target) {
        String valid = target.baseline().toString();
        List<String> keys = WriteTargets.fieldPaths(target.baseline()).stream().filter(f -> !f.contains(".") && !f.contains("[")).toList();
        Arbitrary<Body> twice = Arbitraries.of(keys).map(key -> new Body("\"" + key + "\" given twice",
                ("{\"" + key + "\":" + target.baseline().get(key) + "," + valid.substring(1)).getBytes(StandardCharsets.UTF_8)));
        List<String> scalars = WriteTargets.fieldPaths(target.baseline()).stream().filter(f -> {
            JsonNode v = valueAt(target.baseline(), f);
            return v.isNumber() || v.isBoolean();
        }).toList();
        Arbitrary<Body> numbers = scalars.isEmpty() ? null : Combinators.combine(Arbitraries.of(scalars),
                Arbitraries.of("1e999999", "-1e999999", "1e-999999", "1e400", "99999999999999999999999999",
                        "0.0000000000000000000000001", "1.5e-320")).as((field, literal) -> new Body(field + " ← " + literal,
                new String(Http.bytes(WriteTargets.with(target.baseline(), field, TextNode.valueOf("\u0000raw"))),
                        StandardCharsets.UTF_8).replace(RAW, literal).getBytes(StandardCharsets.UTF_8)));
        List<Arbitrary<Body>> parts = new java.util.ArrayList<>(List.of(twice));
        if (numbers != null) {
            parts.add(numbers);
        }
        // amounts keep their value as numbers but are no yuan and fen disclosure could show (platform Amounts)
        List<String> amounts = scalars.stream().filter(f -> f.matches("(.*\\.)?(fineAmount|confiscationAmount|amount|amountPaid|amountEnforced)")).toList();
        if (!amounts.isEmpty()) {
            parts.add(Combinators.combine(Arbitraries.of(amounts), Arbitraries.of("1000000000000", "0.001", "-1", "12.345"))
                    .as((field, literal) -> new Body(field + " ← amount " + literal, new String(Http.bytes(WriteTargets.with(
                            target.baseline(), field, TextNode.valueOf("\u0000raw"))), StandardCharsets.UTF_8)
                            .replace(RAW, literal).getBytes(StandardCharsets.UTF_8))));
        }
        if (!target.textFields().isEmpty()) {
            parts.add(Arbitraries.of(target.textFields()).map(field -> new Body(field + " ← 20,001 characters",
                    Http.bytes(WriteTargets.with(target.baseline(), field, TextNode.valueOf("长".repeat(20_001)))))));
        }
        return Arbitraries.oneOf(parts);
    }

    static Arbitrary<Body> syntaxErrors(Target target) {
        String valid = target.baseline().toString();
        Arbitrary<String> broken = weighted(
                w(3, Arbitraries.integers().between(1, valid.length() - 1).map(cut -> valid.substring(0, cut))),
                w(3, Arbitraries.of("", " ", "{", "}", "{]", "nul", "{'a':1}", "{\"a\":1,,}", "{\"a\" 1}", "[1,2",
                        "{\"a\":01}", "{\"a\":NaN}", "{\"a\":.5}", "{\"a\":\"\\x41\"}", "{\"a\":\"\\uZZZZ\"}",
                        "{\"a\":\"unterminated}", "<xml/>", "a=1&b=2", "--boundary\r\n")),
                w(2, Arbitraries.of(valid + "}", valid + " trailing", valid + valid, valid + ",", "," + valid,
                        valid.replaceFirst(":", "::"), valid.replaceFirst(",", ",,"))),
                w(1, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(200)
                        .filter(s -> !s.strip().startsWith("{") && !s.strip().startsWith("["))));
        // a mutation that finds nothing to change (no comma to double) leaves the valid body: not malformed
        Arbitrary<Body> text = broken.filter(b -> !b.equals(valid))
                .map(b -> new Body("malformed JSON: " + b, b.getBytes(StandardCharsets.UTF_8)));
        // bytes that are no UTF-8 at all inside a string: a lone surrogate as raw bytes, an overlong slash, 0xFF
        // (an overlong C0 AF is left out: the calendar's own parser accepts it inside a field it ignores)
        Arbitrary<Body> bytes = Arbitraries.of(new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        new byte[]{(byte) 0xFF, (byte) 0xFE}, new byte[]{(byte) 0xC3, 0x28})
                .map(bad -> {
                    byte[] head = "{\"zzz\":\"".getBytes(StandardCharsets.UTF_8);
                    byte[] tail = ("\"," + valid.substring(1)).getBytes(StandardCharsets.UTF_8);
                    byte[] body = new byte[head.length + bad.length + tail.length];
                    System.arraycopy(head, 0, body, 0, head.length);
                    System.arraycopy(bad, 0, body, head.length, bad.length);
                    System.arraycopy(tail, 0, body, head.length + bad.length, tail.length);
                    return new Body("invalid UTF-8 bytes " + HexFormat.of().formatHex(bad), body);
                });
        return weighted(w(4, text), w(1, bytes));
    }

    static Arbitrary<Body> wrongRoots(Target target) {
        String valid = target.baseline().toString();
        return Arbitraries.of("[]", "\"text\"", "42", "-1e999", "true", "null", "[" + valid + "]", "\"" + valid.replace("\"", "\\\"") + "\"")
                .map(root -> new Body("root " + root, root.getBytes(StandardCharsets.UTF_8)));
    }

    static Arbitrary<Body> wrongFieldTypes(Target target) {
        List<String> fields = mutable(target);
        return Arbitraries.of(fields).flatMap(field -> wrongTypeFor(target.baseline(), field)
                .map(value -> new Body(field + " ← " + value,
                        Http.bytes(WriteTargets.with(target.baseline(), field, value)))));
    }

    /** The fields whose type is checked: all of them, except in the calendar, which ignores its documentation fields. */
    static List<String> mutable(Target target) {
        return target.operation().path().startsWith("/api/v1/calendar")
                ? target.strictFields() : WriteTargets.fieldPaths(target.baseline());
    }

    /** A JSON value of a type the field never takes: structures for scalars, scalars for structures. */
    static Arbitrary<JsonNode> wrongTypeFor(JsonNode body, String field) {
        JsonNode current = valueAt(body, field);
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (current != null && current.isObject()) {
            return Arbitraries.of(f.arrayNode().add(f.arrayNode()), f.textNode("x"), f.numberNode(7), f.booleanNode(true));
        }
        if (current != null && current.isArray()) {
            return Arbitraries.of(f.objectNode().put("0", "x"), f.textNode("x, y"), f.numberNode(7), f.booleanNode(false));
        }
        if (current != null && (current.isNumber() || current.isBoolean())) {
            return Arbitraries.of(f.objectNode().put("$ne", 1), f.arrayNode().add(1), f.textNode("seven"));
        }
        return Arbitraries.of(f.objectNode().put("$ne", ""), f.objectNode(), f.arrayNode(), f.arrayNode().add("x"));
    }

    static JsonNode valueAt(JsonNode body, String field) {
        JsonNode node = body;
        for (String step : field.replace("[", ".[").split("\\.")) {
            node = node == null ? null : step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1, step.length() - 1)))
                    : node.get(step);
        }
        return node;
    }

    static Arbitrary<Body> hostileStrictValues(Target target) {
        return Combinators.combine(Arbitraries.of(target.strictFields()), HostileValues.strings()).as((field, value) ->
                new Body(field + " ← \"" + value + "\"",
                        Http.bytes(WriteTargets.with(target.baseline(), field, TextNode.valueOf(value)))));
    }

    static Arbitrary<Body> deepNesting(Target target) {
        return Combinators.combine(Arbitraries.integers().between(2_000, 20_000), Arbitraries.of(true, false),
                Arbitraries.of(WriteTargets.fieldPaths(target.baseline()))).as((depth, arrays, field) -> {
            String open = arrays ? "[" : "{\"a\":";
            String close = arrays ? "]" : "}";
            String deep = open.repeat(depth) + "1" + close.repeat(depth);
            String body = target.baseline().toString().replaceFirst("\\{", "{\"" + "zz" + "\":" + deep + ",");
            return new Body("nesting " + depth + (arrays ? " arrays" : " objects") + " beside the fields",
                    body.getBytes(StandardCharsets.UTF_8));
        });
    }

    static Arbitrary<Body> hugeBodies(Target target) {
        List<String> strict = target.strictFields();
        Arbitrary<Body> hugeStrict = strict.isEmpty() ? null : Combinators.combine(Arbitraries.of(strict),
                Arbitraries.integers().between(1, 4)).as((field, mb) -> new Body(field + " ← " + mb + " MB of text",
                Http.bytes(WriteTargets.with(target.baseline(), field, TextNode.valueOf("字".repeat(mb * MB / 3))))));
        List<String> scalars = mutable(target).stream()
                .filter(field -> !valueAt(target.baseline(), field).isArray()).toList();
        Arbitrary<Body> hugeArray = Combinators.combine(Arbitraries.of(scalars), Arbitraries.integers().between(1, 4))
                .as((field, mb) -> new Body(field + " ← a " + mb + " MB array of strings",
                        Http.bytes(WriteTargets.with(target.baseline(), field,
                                readTree("[" + "\"x\",".repeat(mb * MB / 4) + "\"x\"]")))));
        Arbitrary<Body> overLimit = Arbitraries.just(new Body("12 MB of spaces before a brace",
                (" ".repeat(12 * MB) + "{").getBytes(StandardCharsets.US_ASCII)));
        return hugeStrict == null ? weighted(w(3, hugeArray), w(1, overLimit))
                : weighted(w(3, hugeStrict), w(2, hugeArray), w(1, overLimit));
    }

    static JsonNode readTree(String json) {
        try {
            return Http.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
