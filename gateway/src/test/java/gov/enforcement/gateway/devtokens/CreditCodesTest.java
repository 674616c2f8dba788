package gov.enforcement.gateway.devtokens;

import gov.enforcement.testing.TestAgencies;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

@DisplayName("CreditCodes: the agency check of dev-token requests (GB 32100)")
class CreditCodesTest {

    @Test
    @DisplayName("the test agencies are valid credit codes")
    void testAgenciesAreValid() {
        assertNull(CreditCodes.problemWith(TestAgencies.AGENCY_A));
        assertNull(CreditCodes.problemWith(TestAgencies.AGENCY_B));
    }

    @Test
    @DisplayName("wrong length, a letter outside the alphabet, or a wrong check character is refused")
    void invalidCodesAreRefused() {
        assertNotNull(CreditCodes.problemWith("11130100MB1234567"));
        assertNotNull(CreditCodes.problemWith("11130100MO12345671"));
        assertNotNull(CreditCodes.problemWith("11130100MB12345670"));
        assertNotNull(CreditCodes.problemWith(null));
    }
}
