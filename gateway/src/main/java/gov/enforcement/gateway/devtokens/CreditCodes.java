package gov.enforcement.gateway.devtokens;

/** The 18-character unified social credit code (GB 32100-2015) that names an agency, with its check character. */
final class CreditCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {
    }

    /** Why {@code code} is not a credit code, or null when it is one. */
    static String problemWith(String code) {
        if (code == null || code.length() != 18) {
            return "must be an 18-character unified social credit code";
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(code.charAt(i));
            if (value < 0) {
                return "may hold only digits and the capital letters of GB 32100 (no I, O, S, V, Z)";
            }
            sum += value * WEIGHTS[i];
        }
        char expected = ALPHABET.charAt((31 - sum % 31) % 31);
        return code.charAt(17) == expected ? null : "has a wrong check character (expected " + expected + ")";
    }
}
