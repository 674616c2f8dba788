package gov.enforcement.disclosure.records;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class AmountsTest {

    @Test
    @DisplayName("an amount is yuan and fen: never negative, at most 12 digits before the point and 2 after")
    void bounds() {
        for (String fine : new String[]{"0", "0.00", "20000", "50000.10", "999999999999.99", "1E+3"}) {
            assertNull(Amounts.problem(new BigDecimal(fine)), fine);
        }
        for (String bad : new String[]{"-0.01", "1E+999999", "1000000000000", "0.001", "1E-999999"}) {
            assertNotNull(Amounts.problem(new BigDecimal(bad)), bad);
        }
        assertNull(Amounts.problem(null));
    }

    @Test
    @DisplayName("a stored record whose amount is \"Infinity\" or out of range reads with that amount absent; the rest stays")
    void storedAmountShownAbsent() {
        String stored = PublicRecords.json(new PublicRecord(java.util.List.of(), "案号", "文号", "PENALTY", "事项", "事实",
                "依据", "罚款", "罚款", new BigDecimal("20000"), new BigDecimal("300"), null, "A", "单位", null, "PUBLISHED",
                null, null));
        PublicRecord infinite = PublicRecords.parse(stored.replace("\"fineAmount\":20000", "\"fineAmount\":\"Infinity\""));
        assertNull(infinite.fineAmount());
        assertEquals(new BigDecimal("300"), infinite.confiscationAmount());
        assertEquals("文号", infinite.documentNumber());
        assertNull(PublicRecords.parse(stored.replace("\"confiscationAmount\":300", "\"confiscationAmount\":1e400"))
                .confiscationAmount());
    }
}
