package gov.enforcement.audit.crypto;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class SignaturesTest {

    private static final byte[] MESSAGE = "enforcement.gov.cn/recording/audit-log\n42\n".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    @DisplayName("R-SIGN: a signature verifies with the public key, and fails for another message or key")
    void roundTrip(SignatureAlgorithm algorithm) {
        KeyPair pair = algorithm.generate();
        Signer signer = Signer.of(algorithm, "example.org/log", pair.getPrivate(), pair.getPublic());
        byte[] signature = signer.sign(MESSAGE);
        assertTrue(SignatureVerifier.of(algorithm, pair.getPublic()).verify(MESSAGE, signature));

        byte[] changed = MESSAGE.clone();
        changed[0] ^= 1;
        assertFalse(SignatureVerifier.of(algorithm, pair.getPublic()).verify(changed, signature));
        assertFalse(SignatureVerifier.of(algorithm, algorithm.generate().getPublic()).verify(MESSAGE, signature));
        assertFalse(SignatureVerifier.of(algorithm, pair.getPublic()).verify(MESSAGE, Arrays.copyOf(signature, 10)));
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    @DisplayName("R-SIGN: keys survive PEM (PKCS#8, SubjectPublicKeyInfo), and the public key derives from the private one")
    void pem(SignatureAlgorithm algorithm) {
        KeyPair pair = algorithm.generate();
        String privatePem = Pem.encode(pair.getPrivate());
        String publicPem = Pem.encode(pair.getPublic());
        assertTrue(privatePem.startsWith("-----BEGIN PRIVATE KEY-----\n"));
        assertTrue(publicPem.startsWith("-----BEGIN PUBLIC KEY-----\n"));

        PrivateKey privateKey = Pem.privateKey(algorithm, privatePem);
        PublicKey derived = Pem.publicKeyOf(algorithm, privateKey);
        assertArrayEquals(pair.getPublic().getEncoded(), derived.getEncoded());
        assertArrayEquals(pair.getPublic().getEncoded(), Pem.publicKey(algorithm, publicPem).getEncoded());

        byte[] signature = Signer.of(algorithm, "example.org/log", privateKey, derived).sign(MESSAGE);
        assertTrue(SignatureVerifier.of(algorithm, Pem.publicKey(algorithm, publicPem)).verify(MESSAGE, signature));
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    @DisplayName("R-SIGN: the key id is c2sp.org/signed-note's SHA-256(name || 0x0A || type || key)[:4]")
    void noteKeyId(SignatureAlgorithm algorithm) throws Exception {
        KeyPair pair = algorithm.generate();
        NoteKey key = NoteKey.of("example.org/log", algorithm, pair.getPublic());
        byte[] typed = algorithm == SignatureAlgorithm.ED25519
                ? concat(new byte[] {1}, Arrays.copyOfRange(pair.getPublic().getEncoded(), 12, 44))
                : concat(concat(new byte[] {(byte) 0xff}, "SM3withSM2".getBytes(StandardCharsets.US_ASCII)),
                pair.getPublic().getEncoded());
        byte[] hash = MessageDigest.getInstance("SHA-256")
                .digest(concat("example.org/log\n".getBytes(StandardCharsets.UTF_8), typed));
        assertEquals(HexFormat.of().formatHex(hash, 0, 4), key.id());
        assertEquals("example.org/log+" + key.id() + "+" + Base64.getEncoder().encodeToString(typed), key.verifierKey());
    }

    @Test
    @DisplayName("R-SIGN: private keys as `openssl genpkey -algorithm ed25519|SM2` writes them are read, and sign")
    void opensslKeys() {
        for (var key : java.util.Map.of(SignatureAlgorithm.ED25519, OPENSSL_ED25519, SignatureAlgorithm.SM2, OPENSSL_SM2)
                .entrySet()) {
            PrivateKey privateKey = Pem.privateKey(key.getKey(), key.getValue());
            PublicKey publicKey = Pem.publicKeyOf(key.getKey(), privateKey);
            byte[] signature = Signer.of(key.getKey(), "example.org/log", privateKey, publicKey).sign(MESSAGE);
            assertTrue(SignatureVerifier.of(key.getKey(), publicKey).verify(MESSAGE, signature), key.getKey().id());
        }
    }

    /** Throwaway test keys made with OpenSSL 3.0 for this test only. */
    public static final String OPENSSL_ED25519 = """
            -----BEGIN PRIVATE KEY-----
            MC4CAQAwBQYDK2VwBCIEIINFlnhvinTprTmor2XMN5slID7eufotblbg6hPxqKR9
            -----END PRIVATE KEY-----
            """;

    public static final String OPENSSL_SM2 = """
            -----BEGIN PRIVATE KEY-----
            MIGHAgEAMBMGByqGSM49AgEGCCqBHM9VAYItBG0wawIBAQQgR6lXOF7rUlfBMpnI
            me1EDB3AkZ038q+FTDHaRb/5IgyhRANCAASCwQZurNsTEUP3PyoMLe2Wtwu+deSB
            BHf1fa4OTr0znPdpuCF2/AKdYWOznyeKArlyVYR2RPJtMTUp42XoNOOr
            -----END PRIVATE KEY-----
            """;

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
