package gov.enforcement.audit.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A public key as c2sp.org/signed-note names it: key name plus the 4-byte key id
 * {@code SHA-256(name || 0x0A || type || public key)[:4]}, and the verifier key string
 * {@code name+hex(id)+base64(type || public key)} that note tools take.
 */
public record NoteKey(String name, SignatureAlgorithm algorithm, PublicKey publicKey, byte[] idBytes) {

    public static NoteKey of(String name, SignatureAlgorithm algorithm, PublicKey publicKey) {
        if (name.isBlank() || name.contains(" ") || name.contains("+")) {
            throw new IllegalArgumentException("a note key name has no spaces and no '+': '" + name + "'");
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(name.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(typedKey(algorithm, publicKey));
            byte[] id = new byte[4];
            System.arraycopy(sha256.digest(), 0, id, 0, 4);
            return new NoteKey(name, algorithm, publicKey, id);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key id as 8 lowercase hex digits: the primary key of the published keys. */
    public String id() {
        return HexFormat.of().formatHex(idBytes);
    }

    public String verifierKey() {
        return name + "+" + id() + "+" + Base64.getEncoder().encodeToString(typedKey(algorithm, publicKey));
    }

    private static byte[] typedKey(SignatureAlgorithm algorithm, PublicKey publicKey) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(algorithm.noteType());
        out.writeBytes(Pem.publicKeyBytes(algorithm, publicKey));
        return out.toByteArray();
    }
}
