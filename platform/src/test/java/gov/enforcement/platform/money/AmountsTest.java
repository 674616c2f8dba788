package gov.enforcement.platform.money;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

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
    @DisplayName("a stored amount reads as recorded unless no request could have carried it")
    void readable() {
        for (String recorded : new String[]{"0", "1234.567", "1000000000000", "0.001"}) {
            org.junit.jupiter.api.Assertions.assertTrue(Amounts.readable(new BigDecimal(recorded)), recorded);
        }
        for (String absurd : new String[]{"-1", "1E+400", "1E-400"}) {
            org.junit.jupiter.api.Assertions.assertFalse(Amounts.readable(new BigDecimal(absurd)), absurd);
        }
    }
}
