package gov.enforcement.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The published contract holds for every registered type: schema, sample and AsyncAPI entry exist
 * and agree with each other and with {@link CloudEventCodec}. A new type in {@link EventTypes#ALL}
 * is covered without touching this class.
 */
class EventContractTest {

    static List<EventType> types() {
        return EventTypes.ALL;
    }

    static Stream<String> schemas() {
        return Stream.concat(Stream.of(Resources.ENVELOPE_SCHEMA), EventTypes.ALL.stream().map(EventType::schemaResource));
    }

    private static ObjectNode sample(EventType type) {
        return (ObjectNode) Resources.json(type.sampleResource());
    }

    private static void assertValid(String schema, JsonNode node) {
        Set<ValidationMessage> errors = Resources.validate(schema, node);
        assertTrue(errors.isEmpty(), schema + ": " + errors);
    }

    private static void assertInvalid(String schema, JsonNode node, String why) {
        assertFalse(Resources.validate(schema, node).isEmpty(), schema + " accepted " + why + ": " + node);
    }

    // ---- schemas and samples ----

    @ParameterizedTest
    @MethodSource("types")
    void schemaAndSampleExist(EventType type) {
        assertTrue(Resources.exists(type.schemaResource()), "missing " + type.schemaResource());
        assertTrue(Resources.exists(type.sampleResource()), "missing " + type.sampleResource());
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void schemaIsAValidDraft202012Schema(String schema) {
        JsonNode node = Resources.json(schema);
        assertEquals(Resources.META_SCHEMA, node.path("$schema").asText(), schema);
        assertTrue(node.path("$id").asText().endsWith("/" + schema.substring("schemas/".length())), "$id names the file");
        assertValid(Resources.META_SCHEMA, node);
    }

    @ParameterizedTest
    @MethodSource("types")
    void dataSchemaIsClosed(EventType type) {
        // producers cannot slip in fields the contract does not name; new ones are added to the schema first
        JsonNode schema = Resources.json(type.schemaResource());
        assertEquals("object", schema.path("type").asText());
        assertFalse(schema.path("additionalProperties").asBoolean(true), type.schemaResource());
    }

    @ParameterizedTest
    @MethodSource("types")
    void sampleIsAnEnvelopeOfItsType(EventType type) {
        CloudEvent event = CloudEventCodec.fromBytes(Resources.bytes(type.sampleResource()));
        assertEquals(type.typeName(), event.type());
        assertEquals(type, event.knownType().orElseThrow());
        assertEquals(CloudEvent.SPEC_VERSION, event.specVersion());
        assertEquals(CloudEvent.JSON, event.dataContentType());
        assertNotNull(event.subject(), "the subject is the Kafka key");
        assertNotNull(event.data(), "data");
    }

    @ParameterizedTest
    @MethodSource("types")
    void sampleSurvivesTheCodecUnchanged(EventType type) throws IOException {
        // unknown attributes are ignored on read, so a misspelt one ("caseVersion") would vanish here
        CloudEvent read = CloudEventCodec.fromBytes(Resources.bytes(type.sampleResource()));
        assertEquals(sample(type), CloudEventCodec.mapper().readTree(CloudEventCodec.toBytes(read)));
    }

    @ParameterizedTest
    @MethodSource("types")
    void sampleEnvelopeValidates(EventType type) {
        assertValid(Resources.ENVELOPE_SCHEMA, sample(type));
    }

    @ParameterizedTest
    @MethodSource("types")
    void sampleDataValidates(EventType type) {
        assertValid(type.schemaResource(), sample(type).get("data"));
    }

    @ParameterizedTest
    @MethodSource("types")
    void sampleDataFieldOfTheWrongTypeFails(EventType type) {
        JsonNode data = sample(type).get("data");
        for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            ObjectNode broken = data.deepCopy();
            broken.set(field.getKey(), wrongTypeFor(field.getValue()));
            assertInvalid(type.schemaResource(), broken, field.getKey() + " of the wrong type");
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void sampleDataWithoutARequiredFieldFails(EventType type) {
        for (JsonNode required : Resources.json(type.schemaResource()).path("required")) {
            ObjectNode broken = sample(type).get("data").deepCopy();
            assertNotNull(broken.remove(required.asText()), "the sample shows required field " + required);
            assertInvalid(type.schemaResource(), broken, "no " + required);
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void sampleDataWithAnUndeclaredFieldFails(EventType type) {
        ObjectNode broken = sample(type).get("data").deepCopy();
        broken.put("undeclared", "x");
        assertInvalid(type.schemaResource(), broken, "an undeclared field");
    }

    /** The request mapper's limit on one text value (platform JsonValueRules), which keeps an event under a Kafka record. */
    static final int MAX_TEXT_LENGTH = 20_000;
    /** Amounts are yuan and fen below 10^12 (platform Amounts): what disclosure can show. */
    static final java.math.BigDecimal MAX_AMOUNT = new java.math.BigDecimal("999999999999.99");
    static final Set<String> AMOUNTS = Set.of("fineAmount", "confiscationAmount", "amount", "amountEnforced", "amountPaid");

    @ParameterizedTest
    @MethodSource("schemas")
    void everyTextAndAmountIsBounded(String schema) {
        // outside consumers size their columns and parsers from the contract; the services refuse beyond it
        List<String> unbounded = new ArrayList<>();
        unboundedValues("", "", Resources.json(schema), unbounded);
        assertEquals(List.of(), unbounded, schema + ": free text needs maxLength <= " + MAX_TEXT_LENGTH
                + ", an amount minimum 0, maximum " + MAX_AMOUNT.toPlainString() + " and multipleOf 0.01");
    }

    @ParameterizedTest
    @MethodSource("types")
    void sampleDataWithAnOversizedTextOrAnUnshowableAmountFails(EventType type) {
        ObjectNode data = (ObjectNode) sample(type).get("data");
        data.properties().forEach(field -> {
            String name = field.getKey();
            if (field.getValue().isTextual()) {
                assertInvalid(type.schemaResource(), data.deepCopy().put(name, "长".repeat(MAX_TEXT_LENGTH + 1)),
                        name + " over " + MAX_TEXT_LENGTH + " characters");
            } else if (field.getValue().isNumber() && AMOUNTS.contains(name)) {
                List.of("1000000000000", "12.345", "-1").forEach(amount -> assertInvalid(type.schemaResource(),
                        data.deepCopy().put(name, new java.math.BigDecimal(amount)), name + " of " + amount));
            }
        });
    }

    private static void unboundedValues(String path, String name, JsonNode schema, List<String> found) {
        if (!schema.isObject()) {
            return;
        }
        Set<String> types = new HashSet<>();
        schema.path("type").forEach(t -> types.add(t.asText()));
        if (schema.path("type").isTextual()) {
            types.add(schema.path("type").asText());
        }
        boolean constrained = schema.has("enum") || schema.has("const") || schema.has("format") || schema.has("pattern");
        if (types.contains("string") && !constrained
                && !(schema.has("maxLength") && schema.get("maxLength").asInt() <= MAX_TEXT_LENGTH)) {
            found.add(path + " (text)");
        }
        boolean notNegative = schema.path("minimum").asInt(-1) == 0 || schema.path("exclusiveMinimum").asInt(-1) == 0;
        boolean showable = schema.has("maximum") && schema.get("maximum").decimalValue().compareTo(MAX_AMOUNT) <= 0
                && schema.path("multipleOf").asText().equals("0.01");
        if (types.contains("number") && AMOUNTS.contains(name) && !(notNegative && showable)) {
            found.add(path + " (amount)");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            if (member.getKey().equals("properties") || member.getKey().equals("$defs")) {
                member.getValue().fields().forEachRemaining(p -> unboundedValues(path + "/" + p.getKey(), p.getKey(), p.getValue(), found));
            } else if (member.getKey().equals("items") || member.getKey().equals("additionalProperties")) {
                unboundedValues(path + "[]", name, member.getValue(), found);
            } else if (member.getValue().isArray() && member.getKey().matches("oneOf|anyOf|allOf")) {
                member.getValue().forEach(branch -> unboundedValues(path, name, branch, found));
            }
        }
    }

    private static JsonNode wrongTypeFor(JsonNode value) {
        return value.getNodeType() == JsonNodeType.STRING ? IntNode.valueOf(42) : TextNode.valueOf("42");
    }

    // ---- the envelope schema rejects what the contract forbids ----

    @Test
    void envelopeOfTheWrongShapeFails() {
        ObjectNode sample = sample(EventTypes.CASE_REGISTERED);
        Map<String, Consumer<ObjectNode>> breakages = Map.of(
                "caseversion as a string", e -> e.put("caseversion", "1"),
                "caseversion 0", e -> e.put("caseversion", 0),
                "an id that is no UUID", e -> e.put("id", "17"),
                "a time without offset", e -> e.put("time", "2026-03-02T09:15:27"),
                "a malformed agency code", e -> e.put("agency", "11130100MB1234567"),
                "specversion 0.3", e -> e.put("specversion", "0.3"),
                "a type outside the naming rule", e -> e.put("type", "CaseRegistered"),
                "data that is no object", e -> e.put("data", "{}"),
                "an upper-case attribute", e -> e.put("caseVersion", 1),
                "a case event without caseversion", e -> e.remove("caseversion"));
        breakages.forEach((why, breakage) -> {
            ObjectNode broken = sample.deepCopy();
            breakage.accept(broken);
            assertInvalid(Resources.ENVELOPE_SCHEMA, broken, why);
        });
        for (String required : List.of("specversion", "id", "source", "type", "subject", "time", "datacontenttype", "data")) {
            ObjectNode broken = sample.deepCopy();
            broken.remove(required);
            assertInvalid(Resources.ENVELOPE_SCHEMA, broken, "no " + required);
        }
    }

    @Test
    void envelopeWithAnUnknownExtensionPasses() {
        // as in the codec: a reader ignores what it does not know, so the schema must not refuse it
        assertValid(Resources.ENVELOPE_SCHEMA, sample(EventTypes.CASE_REGISTERED).put("traceparent", "00-ab-cd-01"));
    }

    // ---- CaseRegistered: the rules nested in parties ----

    @Test
    void caseRegisteredPartiesAreChecked() {
        String schema = EventTypes.CASE_REGISTERED.schemaResource();
        ObjectNode data = (ObjectNode) sample(EventTypes.CASE_REGISTERED).get("data");
        Map<String, Consumer<ObjectNode>> breakages = Map.of(
                "no parties", d -> d.putArray("parties"),
                "a person without ID number", d -> ((ObjectNode) d.get("parties").get(1)).remove("idNumber"),
                "a 15-digit ID number", d -> ((ObjectNode) d.get("parties").get(1)).put("idNumber", "130102800101001"),
                "an organisation without credit code", d -> ((ObjectNode) d.get("parties").get(0)).remove("creditCode"),
                "a credit code with I", d -> ((ObjectNode) d.get("parties").get(0)).put("creditCode", "91130102MA0DQ7XKIH"),
                "an unknown party kind", d -> ((ObjectNode) d.get("parties").get(0)).put("kind", "COMPANY"),
                "an unknown category", d -> d.put("category", "FINE"),
                "an officer without certificate", d -> ((ObjectNode) d.get("officers").get(0)).remove("certificate"));
        breakages.forEach((why, breakage) -> {
            ObjectNode broken = data.deepCopy();
            breakage.accept(broken);
            assertInvalid(schema, broken, why);
        });
        ObjectNode withoutUnit = data.deepCopy();
        withoutUnit.remove("unit");
        assertValid(schema, withoutUnit);
    }

    @Test
    void caseRegisteredPartyClassesAreChecked() {
        // DOMAIN.md §1: individual businesses name their operator; organisations without a credit code their registration
        String schema = EventTypes.CASE_REGISTERED.schemaResource();
        ObjectNode data = (ObjectNode) sample(EventTypes.CASE_REGISTERED).get("data");
        Map<String, Consumer<ObjectNode>> breakages = Map.of(
                "an individual business without operator", d -> ((ObjectNode) d.get("parties").get(2)).remove("operator"),
                "an operator without certificate", d -> ((ObjectNode) d.get("parties").get(2).get("operator")).remove("certificateNumber"),
                "an unknown certificate type", d -> ((ObjectNode) d.get("parties").get(2).get("operator")).put("certificateType", "DRIVING_LICENCE"),
                "a registration number without its type", d -> ((ObjectNode) d.get("parties").get(0)).put("registrationNumber", "130102000012345"),
                "a person with a certificate type but no number", d -> ((ObjectNode) d.get("parties").get(1)).put("certificateType", "PASSPORT"));
        breakages.forEach((why, breakage) -> {
            ObjectNode broken = data.deepCopy();
            breakage.accept(broken);
            assertInvalid(schema, broken, why);
        });
        ObjectNode unregistered = data.deepCopy();
        ((ObjectNode) unregistered.get("parties").get(0)).remove("creditCode");
        ((ObjectNode) unregistered.get("parties").get(0)).put("registrationType", "INSTITUTION").put("registrationNumber", "113010000123");
        ((ObjectNode) unregistered.get("parties").get(1)).remove("idNumber");
        ((ObjectNode) unregistered.get("parties").get(1)).put("certificateType", "PASSPORT").put("certificateNumber", "E12345678");
        assertValid(schema, unregistered);
    }

    // ---- AsyncAPI ----

    @Test
    void asyncApiDescribesEveryTopicAndItsDeadLetters() {
        JsonNode asyncApi = Resources.yaml(Resources.ASYNCAPI);
        assertEquals("3.0.0", asyncApi.path("asyncapi").asText());
        Set<String> addresses = new HashSet<>();
        asyncApi.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
        for (String topic : Topics.ALL) {
            assertTrue(addresses.contains(topic), "channel for " + topic);
            assertTrue(addresses.contains(Topics.deadLetter(topic)), "channel for " + Topics.deadLetter(topic));
        }
        JsonNode deadLetterHeaders = asyncApi.at("/components/schemas/DeadLetterHeaders/properties");
        for (String header : List.of("dead-letter-reason", "dead-letter-cause", "dead-letter-exception-class-name",
                "dead-letter-topic", "dead-letter-partition", "dead-letter-offset")) {
            assertTrue(deadLetterHeaders.has(header), header);
        }
        JsonNode headers = asyncApi.at("/components/schemas/EventHeaders/properties");
        assertTrue(headers.has("content-type") && headers.has("correlationid"), headers.toString());
    }

    @ParameterizedTest
    @MethodSource("types")
    void asyncApiListsTheTypeOnItsTopicWithItsSchema(EventType type) {
        JsonNode asyncApi = Resources.yaml(Resources.ASYNCAPI);
        String text = new String(Resources.bytes(Resources.ASYNCAPI), StandardCharsets.UTF_8);
        assertTrue(text.contains(type.typeName()), "asyncapi.yaml mentions " + type.typeName());

        String messageKey = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = asyncApi.path("components").path("messages").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> message = it.next();
            if (type.typeName().equals(message.getValue().path("name").asText())) {
                messageKey = message.getKey();
            }
        }
        assertNotNull(messageKey, "a message named " + type.typeName());
        JsonNode message = asyncApi.path("components").path("messages").path(messageKey);
        List<String> refs = refs(message.path("payload"));
        assertTrue(refs.contains(type.schemaResource()), "payload refers to " + type.schemaResource() + ": " + refs);
        assertTrue(refs.contains(Resources.ENVELOPE_SCHEMA), "payload refers to the envelope: " + refs);
        assertEquals(type.sampleResource(), message.path("x-sample").asText());

        String componentRef = "#/components/messages/" + messageKey;
        boolean onItsTopic = false;
        for (JsonNode channel : asyncApi.path("channels")) {
            if (type.topic().equals(channel.path("address").asText())) {
                onItsTopic = refs(channel.path("messages")).contains(componentRef);
            }
        }
        assertTrue(onItsTopic, type.typeName() + " listed on channel " + type.topic());
    }

    @Test
    void asyncApiReferencesResolve() {
        JsonNode asyncApi = Resources.yaml(Resources.ASYNCAPI);
        for (String ref : refs(asyncApi)) {
            if (ref.startsWith("#")) {
                assertFalse(asyncApi.at(ref.substring(1)).isMissingNode(), "dangling " + ref);
            } else {
                assertTrue(Resources.exists(ref), "no file " + ref);
            }
        }
    }

    private static List<String> refs(JsonNode node) {
        List<String> refs = new ArrayList<>();
        collectRefs(node, refs);
        return refs;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject() && node.path("$ref").isTextual()) {
            refs.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }
}
