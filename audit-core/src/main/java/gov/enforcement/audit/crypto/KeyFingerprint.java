package gov.enforcement.audit.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The fingerprint by which an outsider pins a log's key: {@code sha256:} and the hex SHA-256 of the key's X.509
 * SubjectPublicKeyInfo bytes (the DER inside the published PEM). Unlike a signed-note key id (32 bits, derived
 * from a name anyone can choose), it names exactly one key.
 */
public final class KeyFingerprint {

    public static final String PREFIX = "sha256:";

    private KeyFingerprint() {
    }

    public static String of(PublicKey key) {
        try {
            return PREFIX + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fingerprint as a person may type it (upper-case hex, with or without colons), in the form {@link #of} gives. */
    public static String normalise(String typed) {
        String hex = typed.trim().toLowerCase(Locale.ROOT);
        if (hex.startsWith(PREFIX)) {
            hex = hex.substring(PREFIX.length());
        }
        hex = hex.replace(":", "");
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 key fingerprint: " + typed);
        }
        return PREFIX + hex;
    }
}
