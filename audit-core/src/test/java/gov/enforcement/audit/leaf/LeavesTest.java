package gov.enforcement.audit.leaf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LeavesTest {

    private static final UUID CASE = UUID.fromString("0f0e0d0c-0b0a-4908-8706-050403020100");
    private static final UUID EVENT = UUID.fromString("11111111-2222-4333-8444-555555555555");

    @Test
    @DisplayName("R-TAMPER: a case event leaf is the RFC 8785 form of its row, times in UTC to the microsecond")
    void caseEvent() {
        byte[] leaf = Leaves.caseEvent(CASE, 3, EVENT, "gov.enforcement.case.CaseRegistered.v1",
                OffsetDateTime.parse("2026-11-21T16:00:00.5+08:00"),
                "{\"matter\": \"未依法支付劳动报酬\", \"amount\": 2000.50, \"parties\": [{\"name\": \"张三\"}], \"a\": null}");
        assertEquals("{\"caseId\":\"0f0e0d0c-0b0a-4908-8706-050403020100\",\"data\":{\"a\":null,\"amount\":2000.5,"
                        + "\"matter\":\"未依法支付劳动报酬\",\"parties\":[{\"name\":\"张三\"}]},"
                        + "\"eventId\":\"11111111-2222-4333-8444-555555555555\",\"kind\":\"case-event\","
                        + "\"recordedAt\":\"2026-11-21T08:00:00.500000Z\",\"type\":\"gov.enforcement.case.CaseRegistered.v1\","
                        + "\"version\":3}",
                new String(leaf, StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("the leaf written member by member equals the generic canonical form of the same object")
    void directWritingIsCanonical() throws Exception {
        String data = "{\"z\": [1, 2.5e-7, {\"b\": \"\\u0001\\n\", \"a\": true}], \"\u00e9\": \"\ud83d\ude02\", \"\": null}";
        ObjectMapper json = new ObjectMapper();
        ObjectNode leaf = json.createObjectNode().put("version", 7L).put("type", "t").put("kind", "case-event")
                .put("eventId", EVENT.toString()).put("caseId", CASE.toString())
                .put("recordedAt", "0999-01-02T03:04:05.000006Z");
        leaf.set("data", json.readTree(data));
        assertEquals(Jcs.canonicalString(leaf), new String(Leaves.caseEvent(CASE, 7, EVENT, "t",
                OffsetDateTime.parse("0999-01-02T03:04:05.000006Z"), data), StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("R-ACCESS: an access record leaf names who, which case, why, what and when")
    void access() {
        assertEquals("{\"accessId\":\"11111111-2222-4333-8444-555555555555\",\"actor\":\"reviewer-1\","
                        + "\"agency\":\"11130100MB12345671\",\"at\":\"2026-11-21T08:00:00.123456Z\","
                        + "\"caseId\":\"0f0e0d0c-0b0a-4908-8706-050403020100\",\"kind\":\"access\",\"purpose\":\"法制审核\","
                        + "\"roles\":\"auditor,reviewer\",\"what\":\"case file\"}",
                new String(Leaves.access(EVENT, CASE, "reviewer-1", "11130100MB12345671", "auditor,reviewer", "法制审核",
                        "case file", OffsetDateTime.parse("2026-11-21T08:00:00.123456Z")), StandardCharsets.UTF_8));
    }
}
