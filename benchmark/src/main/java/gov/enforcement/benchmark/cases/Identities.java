package gov.enforcement.benchmark.cases;

/** Valid resident ID numbers and credit codes (check characters computed), varied by a seed. */
public final class Identities {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Identities() {
    }

    /** A resident of Shijiazhuang born 1960–1999. */
    public static String residentId(long seed) {
        long s = Math.abs(seed);
        String body = "130102" + (1960 + s % 40) + String.format("%02d%02d", 1 + s % 12, 1 + s % 28)
                + String.format("%03d", s % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return body + ID_CHECK.charAt(sum % 11);
    }

    /** A company registered in Hebei (91 = enterprise, 1301xx = Shijiazhuang). */
    public static String creditCode(long seed) {
        long s = Math.abs(seed);
        StringBuilder body = new StringBuilder("91130102");
        for (int i = 0; i < 9; i++) {
            body.append(CODE_ALPHABET.charAt((int) (s % 31)));
            s = s / 31 + 7 * (i + 1);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CODE_ALPHABET.indexOf(body.charAt(i)) * CODE_WEIGHTS[i];
        }
        return body.append(CODE_ALPHABET.charAt((31 - sum % 31) % 31)).toString();
    }
}
