package gov.enforcement.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CloudEventCodecTest {

    static final String CASE_ID = "b685cfd4-5fd7-455b-b0a8-6f049fb01830";

    static CloudEvent fullEvent() {
        ObjectNode data = CloudEventCodec.mapper().createObjectNode()
                .put("caseId", CASE_ID)
                .put("caseNumber", "石人社监〔2026〕17号")
                .put("matter", "未依法支付劳动报酬");
        return CloudEvent.of(EventTypes.CASE_REGISTERED, CASE_ID)
                .id(UUID.fromString("975d6e88-dcc1-4dbf-a590-f8a5d2afe70f"))
                .source("/recording-service")
                .time(OffsetDateTime.of(2026, 3, 2, 9, 15, 27, 318_000_000, ZoneOffset.ofHours(8)))
                .agency("11130100MB12345671")
                .caseVersion(1)
                .correlationId("866aa008-1343-417e-9b79-a7c30ca42f29")
                .causationId("43dd9c74-01ce-4a80-acc6-178fd5565a40")
                .data(data);
    }

    static ObjectNode fullJson() {
        return (ObjectNode) CloudEventCodec.mapper().valueToTree(fullEvent());
    }

    private static InvalidEnvelopeException rejected(String json) {
        return assertThrows(InvalidEnvelopeException.class, () -> CloudEventCodec.fromJson(json));
    }

    @Test
    void roundTripKeepsEveryField() {
        CloudEvent event = fullEvent();
        assertEquals(event, CloudEventCodec.fromBytes(CloudEventCodec.toBytes(event)));
        assertEquals(event, CloudEventCodec.fromJson(CloudEventCodec.toJson(event)));
    }

    @Test
    void writesStructuredModeWithExtensionsAtTopLevel() {
        JsonNode json = fullJson();
        assertEquals("1.0", json.get("specversion").asText());
        assertEquals("gov.enforcement.case.CaseRegistered.v1", json.get("type").asText());
        assertEquals("application/json", json.get("datacontenttype").asText());
        assertEquals("11130100MB12345671", json.get("agency").asText());
        assertTrue(json.get("caseversion").isIntegralNumber(), "caseversion is a JSON number");
        assertTrue(json.get("data").isObject(), "data is inline JSON, not a string or base64");
    }

    @Test
    void leavesOutAbsentOptionalAttributes() throws Exception {
        CloudEvent bare = new CloudEvent("1.0", UUID.randomUUID(), "/recording-service", "x.y", null, null,
                null, null, null, null, null, null);
        JsonNode json = CloudEventCodec.mapper().readTree(CloudEventCodec.toBytes(bare));
        assertEquals(4, json.size(), json.toString());
        assertEquals(bare, CloudEventCodec.fromJson(json.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"specversion", "id", "source", "type"})
    void missingRequiredAttributeIsNamed(String field) {
        ObjectNode json = fullJson();
        json.remove(field);
        assertEquals(field, rejected(json.toString()).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"specversion", "source", "type"})
    void blankRequiredAttributeIsNamed(String field) {
        ObjectNode json = fullJson().put(field, " ");
        assertEquals(field, rejected(json.toString()).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.3", "1", "1.0.0", "2.0"})
    void wrongSpecVersionIsRejected(String version) {
        InvalidEnvelopeException e = rejected(fullJson().put("specversion", version).toString());
        assertEquals("specversion", e.field());
        assertTrue(e.getMessage().contains(version), e.getMessage());
    }

    @Test
    void malformedAttributeIsNamed() {
        assertEquals("id", rejected(fullJson().put("id", "not-a-uuid").toString()).field());
        assertEquals("time", rejected(fullJson().put("time", "yesterday").toString()).field());
        assertEquals("caseversion", rejected(fullJson().put("caseversion", "one").toString()).field());
        assertEquals("caseversion", rejected(fullJson().put("caseversion", 0).toString()).field());
    }

    @Test
    void unknownExtensionIsIgnored() {
        ObjectNode json = fullJson()
                .put("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
                .put("partitionkey", CASE_ID);
        assertEquals(fullEvent(), CloudEventCodec.fromJson(json.toString()));
    }

    @Test
    void nullOrEmptyBytesAreRejected() {
        assertEquals("body", assertThrows(InvalidEnvelopeException.class, () -> CloudEventCodec.fromBytes(null)).field());
        assertEquals("body", assertThrows(InvalidEnvelopeException.class, () -> CloudEventCodec.fromBytes(new byte[0])).field());
        assertEquals("body", rejected(null).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "\n", "not json", "{", "[]", "null", "42", "\"1.0\"", "<event/>"})
    void garbageIsRejectedAsBody(String garbage) {
        assertEquals("body", rejected(garbage).field());
    }

    @Test
    void binaryGarbageIsRejectedAsBody() {
        byte[] bytes = {(byte) 0xff, (byte) 0xfe, 0, 1, 2, 3};
        assertEquals("body", assertThrows(InvalidEnvelopeException.class, () -> CloudEventCodec.fromBytes(bytes)).field());
    }

    @Test
    void trailingContentIsRejected() {
        // two envelopes glued together must not be read as the first one
        String json = fullJson().toString();
        assertEquals("body", rejected(json + json).field());
    }

    @Test
    void timeKeepsItsOffset() {
        CloudEvent read = CloudEventCodec.fromJson(fullJson().put("time", "2026-03-02T09:15:27+08:00").toString());
        assertEquals(ZoneOffset.ofHours(8), read.time().getOffset());
        assertEquals(9, read.time().getHour());

        String written = CloudEventCodec.toJson(fullEvent());
        assertTrue(written.contains("\"time\":\"2026-03-02T09:15:27.318+08:00\""), written);
        assertFalse(written.contains("01:15:27"), "not converted to UTC: " + written);
    }

    @Test
    void utf8IsKept() {
        byte[] bytes = CloudEventCodec.toBytes(fullEvent());
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("石人社监〔2026〕17号"));
        assertEquals("未依法支付劳动报酬", CloudEventCodec.fromBytes(bytes).data().get("matter").asText());
    }
}
