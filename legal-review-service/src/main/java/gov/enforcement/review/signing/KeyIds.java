package gov.enforcement.review.signing;

import gov.enforcement.audit.crypto.SignatureAlgorithm;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.HexFormat;

/** The names a public key goes by: the short key id opinions carry, and the full fingerprint operators compare. */
final class KeyIds {

    private KeyIds() {
    }

    /** {@code <algorithm>-<first 4 bytes of SHA-256(SPKI) in hex>}: the form every opinion ever signed refers to. */
    static String keyId(SignatureAlgorithm algorithm, PublicKey publicKey) {
        return algorithm.id() + "-" + HexFormat.of().formatHex(sha256(publicKey.getEncoded()), 0, 4);
    }

    static String fingerprint(PublicKey publicKey) {
        return "sha256:" + HexFormat.of().formatHex(sha256(publicKey.getEncoded()));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
