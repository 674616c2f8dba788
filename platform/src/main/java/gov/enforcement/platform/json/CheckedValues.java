package gov.enforcement.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * Deserializers that apply {@link JsonValueRules} to every text and number a request carries, typed or free-form,
 * so that nothing is stored other than as sent: no '?' for half an emoji, no 0 for 1e-999999, no Infinity.
 */
final class CheckedValues {

    private CheckedValues() {
    }

    static SimpleModule module(int maxTextLength) {
        SimpleModule module = new SimpleModule("checked-values");
        module.addDeserializer(String.class, new CheckedString(maxTextLength));
        module.addDeserializer(BigDecimal.class, new CheckedDecimal());
        module.addDeserializer(Double.class, new CheckedDouble(Double.class, null));
        module.addDeserializer(double.class, new CheckedDouble(double.class, 0d));
        module.addDeserializer(JsonNode.class, new CheckedTree(maxTextLength));
        return module;
    }

    static final class CheckedString extends StringDeserializer {
        private final int maxTextLength;

        CheckedString(int maxTextLength) {
            this.maxTextLength = maxTextLength;
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = super.deserialize(p, ctxt);
            String problem = text == null ? null : JsonValueRules.checkText(text, maxTextLength);
            if (problem != null) {
                throw new RefusedValueException(p, "", problem);
            }
            return text;
        }
    }

    static final class CheckedDecimal extends JsonDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
            return checked(p, value);
        }
    }

    /** Reads the number's exact text first: a double would have made 1e999999 Infinity and 1e-999999 zero. */
    static final class CheckedDouble extends JsonDeserializer<Double> {
        private final Class<?> type;
        private final Double nullValue;

        CheckedDouble(Class<?> type, Double nullValue) {
            this.type = type;
            this.nullValue = nullValue;
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                return checked(p, p.getDecimalValue()).doubleValue();
            }
            return (Double) ctxt.handleUnexpectedToken(type, p);
        }

        @Override
        public Double getNullValue(DeserializationContext ctxt) {
            return nullValue;
        }
    }

    /** Free-form JSON (a step's {@code data}) is read exactly, then every text and number in it is checked. */
    static final class CheckedTree extends JsonDeserializer<JsonNode> {
        private final int maxTextLength;

        CheckedTree(int maxTextLength) {
            this.maxTextLength = maxTextLength;
        }

        @Override
        public JsonNode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode tree = JsonNodeDeserializer.getDeserializer(JsonNode.class).deserialize(p, ctxt);
            check(p, tree, "");
            return tree;
        }

        @Override
        public JsonNode getNullValue(DeserializationContext ctxt) {
            return com.fasterxml.jackson.databind.node.NullNode.getInstance();
        }

        private void check(JsonParser p, JsonNode node, String at) throws RefusedValueException {
            String problem = null;
            if (node.isTextual()) {
                problem = JsonValueRules.checkText(node.textValue(), maxTextLength);
            } else if (node.isNumber()) {
                problem = node.isDouble() && !Double.isFinite(node.doubleValue()) ? "is out of range"
                        : JsonValueRules.checkNumber(node.decimalValue());
            } else if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    String keyProblem = JsonValueRules.checkText(field.getKey(), maxTextLength);
                    if (keyProblem != null) {
                        throw new RefusedValueException(p, at, "has a field name that " + keyProblem);
                    }
                    check(p, field.getValue(), at + "." + field.getKey());
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    check(p, node.get(i), at + "[" + i + "]");
                }
            }
            if (problem != null) {
                throw new RefusedValueException(p, at, problem);
            }
        }
    }

    private static BigDecimal checked(JsonParser p, BigDecimal value) throws RefusedValueException {
        String problem = value == null ? null : JsonValueRules.checkNumber(value);
        if (problem != null) {
            throw new RefusedValueException(p, "", problem);
        }
        return value;
    }
}
