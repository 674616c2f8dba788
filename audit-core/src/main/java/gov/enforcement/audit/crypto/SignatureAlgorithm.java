package gov.enforcement.audit.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How checkpoints are signed: Ed25519 (RFC 8032, the JDK's own) or SM2 with SM3 (GB/T 32918, 国密, via
 * BouncyCastle, with the standard default user id). The {@link #noteType()} bytes go into the C2SP
 * signed-note key id.
 */
public enum SignatureAlgorithm {

    ED25519("ed25519"),
    SM2("sm2");

    /** C2SP signed-note: 0xff marks a type without an assigned byte, followed by a longer identifier. */
    private static final byte[] SM2_NOTE_TYPE = concat(new byte[] {(byte) 0xff},
            "SM3withSM2".getBytes(StandardCharsets.US_ASCII));

    private final String id;

    SignatureAlgorithm(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The signature type identifier of c2sp.org/signed-note: 0x01 for Ed25519, 0xff + name otherwise. */
    public byte[] noteType() {
        return this == ED25519 ? new byte[] {0x01} : SM2_NOTE_TYPE.clone();
    }

    Signature newSignature() throws GeneralSecurityException {
        return this == ED25519 ? Signature.getInstance("Ed25519")
                : Signature.getInstance("SM3withSM2", BouncyCastle.PROVIDER);
    }

    public KeyFactory keyFactory() throws GeneralSecurityException {
        return this == ED25519 ? KeyFactory.getInstance("Ed25519") : KeyFactory.getInstance("EC", BouncyCastle.PROVIDER);
    }

    /** A new key pair, for development and tests; production mounts its private key (see {@link Pem}). */
    public KeyPair generate() {
        try {
            if (this == ED25519) {
                return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
            generator.initialize(new ECGenParameterSpec("sm2p256v1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an " + id + " key", e);
        }
    }

    public static SignatureAlgorithm fromId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equalsIgnoreCase(id.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown signature algorithm '" + id + "'; known: "
                        + Arrays.stream(values()).map(SignatureAlgorithm::id).collect(Collectors.joining(", "))));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
