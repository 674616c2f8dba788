package gov.enforcement.disclosure.records;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

class StoredRecordAmountsTest {

    @Test
    @DisplayName("a stored record whose amount is \"Infinity\" or out of range reads with that amount absent; the rest stays")
    void storedAmountShownAbsent() {
        String stored = PublicRecords.json(new PublicRecord(java.util.List.of(), "案号", "文号", "PENALTY", "事项", "事实",
                "依据", "罚款", "罚款", new BigDecimal("20000"), new BigDecimal("300"), null, "A", "单位", null, "PUBLISHED",
                null, null, DecisionKind.PENALTY, null, true, null, null, null));
        PublicRecord infinite = PublicRecords.parse(stored.replace("\"fineAmount\":20000", "\"fineAmount\":\"Infinity\""));
        assertNull(infinite.fineAmount());
        assertEquals(new BigDecimal("300"), infinite.confiscationAmount());
        assertEquals("文号", infinite.documentNumber());
        assertNull(PublicRecords.parse(stored.replace("\"confiscationAmount\":300", "\"confiscationAmount\":1e400"))
                .confiscationAmount());
    }

    @Test
    @DisplayName("P-OUTCOME: a record stored before kinds were named reads as what its category made it: a penalty kept as credit information, a licence, another decision")
    void storedBeforeKinds() {
        String penalty = "{\"parties\":[],\"caseNumber\":\"案号\",\"documentNumber\":\"文号\",\"category\":\"PENALTY\","
                + "\"facts\":\"事实\",\"penaltyCategory\":\"罚款\",\"fineAmount\":200,\"status\":\"PUBLISHED\"}";
        PublicRecord read = PublicRecords.parse(penalty);
        assertEquals(DecisionKind.PENALTY, read.kind());
        assertTrue(read.penaltyCredit());
        assertEquals(DecisionKind.LICENCE, PublicRecords.parse(penalty.replace("\"PENALTY\"", "\"LICENSING\"")).kind());
        PublicRecord coercion = PublicRecords.parse(penalty.replace("\"PENALTY\"", "\"COERCION\""));
        assertEquals(DecisionKind.OTHER, coercion.kind());
        assertFalse(coercion.penaltyCredit());
    }
}
