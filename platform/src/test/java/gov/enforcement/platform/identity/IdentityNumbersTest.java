package gov.enforcement.platform.identity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentityNumbersTest {

    @Test
    @DisplayName("unified social credit codes are checked by their GB 32100 check character")
    void creditCodes() {
        assertTrue(CreditCode.isValid("11130100MB12345671"));
        assertTrue(CreditCode.isValid("12130100MB00000019"));
        assertFalse(CreditCode.isValid("11130100MB12345672"), "wrong check character");
        assertFalse(CreditCode.isValid("11130100MB1234567"), "too short");
        assertFalse(CreditCode.isValid("11130100MI12345671"), "I is not in the alphabet");
        assertFalse(CreditCode.isValid(null));
    }

    @Test
    @DisplayName("resident ID numbers are checked by their GB 11643 check digit and birth date")
    void residentIds() {
        assertTrue(ResidentIdNumber.isValid("130102198001010010"));
        assertTrue(ResidentIdNumber.isValid("13010219900315002X"));
        assertTrue(ResidentIdNumber.isValid("13010219900315002x"));
        assertFalse(ResidentIdNumber.isValid("130102198001010011"), "wrong check digit");
        assertFalse(ResidentIdNumber.isValid("130102198002300010"), "no 30 February");
        assertFalse(ResidentIdNumber.isValid("1301021980010100"));
    }
}
