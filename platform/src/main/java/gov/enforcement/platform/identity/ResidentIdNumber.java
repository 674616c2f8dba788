package gov.enforcement.platform.identity;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The 18-character resident identity number (公民身份号码, GB 11643-1999) with its check digit. */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private ResidentIdNumber() {
    }

    public static boolean isValid(String id) {
        if (id == null || id.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return hasValidBirthDate(id) && Character.toUpperCase(id.charAt(17)) == CHECK.charAt(sum % 11);
    }

    private static boolean hasValidBirthDate(String id) {
        try {
            LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
