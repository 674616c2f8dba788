package gov.enforcement.disclosure.progress;

import java.security.SecureRandom;

/** D-PROGRESS: the code on the party's documents; 100 random bits, so it cannot be guessed or enumerated. */
public final class ProgressCodes {

    // Crockford base32: no I, L, O, U, so a code read off paper is not mistyped
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    public static final int LENGTH = 20;

    private ProgressCodes() {
    }

    public static String newCode() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /** Whether the text can be a code at all, so that anything else is refused before the database. */
    public static boolean isWellFormed(String code) {
        if (code == null || code.length() != LENGTH) {
            return false;
        }
        for (char c : code.toCharArray()) {
            if (new String(ALPHABET).indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
