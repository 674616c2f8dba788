package gov.enforcement.testing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The constants carry valid check digits (GB 32100-2015, GB 11643-1999), or the services would refuse them. */
class TestAgenciesTest {

    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    @Test
    void creditCodesHaveValidCheckCharacters() {
        for (String code : new String[]{TestAgencies.AGENCY_A, TestAgencies.AGENCY_B}) {
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += USCC_CHARS.indexOf(code.charAt(i)) * USCC_WEIGHTS[i];
            }
            assertEquals(USCC_CHARS.charAt((31 - sum % 31) % 31), code.charAt(17), code);
        }
    }

    @Test
    void residentIdHasAValidCheckCharacter() {
        String id = TestAgencies.PERSON_ID;
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        assertEquals("10X98765432".charAt(sum % 11), id.charAt(17));
    }
}
