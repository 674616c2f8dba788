package gov.enforcement.review.signing;

import gov.enforcement.audit.crypto.Pem;
import gov.enforcement.audit.crypto.SignatureAlgorithm;
import gov.enforcement.audit.crypto.SignatureVerifier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** L-RESPONSIBILITY: the opinion key comes from its mounted file or the service does not start. */
class MountedKeyTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("L-RESPONSIBILITY: without review.signing.key-location the start fails, saying how to make a key")
    void noLocation() {
        var e = assertThrows(IllegalStateException.class, () -> MountedKey.read(Optional.empty(), SignatureAlgorithm.ED25519));
        assertTrue(e.getMessage().contains("no review.signing.key-location"), e.getMessage());
        assertTrue(e.getMessage().contains("openssl genpkey -algorithm ed25519"), e.getMessage());
    }

    @Test
    @DisplayName("L-RESPONSIBILITY: a missing key file fails the start, naming the property and the path; nothing is generated")
    void missingFile() {
        Path missing = dir.resolve("signing-key.pem");
        var e = assertThrows(IllegalStateException.class, () -> MountedKey.read(Optional.of(missing), SignatureAlgorithm.ED25519));
        assertTrue(e.getMessage().contains("cannot read the opinion signing key review.signing.key-location=" + missing),
                e.getMessage());
        assertTrue(Files.notExists(missing), "no key was generated in its place");
    }

    @Test
    @DisplayName("L-RESPONSIBILITY: a file that is not a private key of the configured algorithm fails the start")
    void notAKey() throws Exception {
        Path publicOnly = Files.writeString(dir.resolve("public.pem"), Pem.encode(SignatureAlgorithm.ED25519.generate().getPublic()));
        var e = assertThrows(IllegalStateException.class, () -> MountedKey.read(Optional.of(publicOnly), SignatureAlgorithm.ED25519));
        assertTrue(e.getMessage().contains("is not a PEM PKCS#8 ed25519 private key"), e.getMessage());
        Path sm2 = Files.writeString(dir.resolve("sm2.pem"), Pem.encode(SignatureAlgorithm.SM2.generate().getPrivate()));
        assertThrows(IllegalStateException.class, () -> MountedKey.read(Optional.of(sm2), SignatureAlgorithm.ED25519));
    }

    @Test
    @DisplayName("L-RESPONSIBILITY: a mounted key signs; its key id and fingerprint come from its public half")
    void mountedKeySigns() throws Exception {
        KeyPair pair = SignatureAlgorithm.ED25519.generate();
        Path file = Files.writeString(dir.resolve("signing-key.pem"), Pem.encode(pair.getPrivate()));
        MountedKey key = MountedKey.read(Optional.of(file), SignatureAlgorithm.ED25519);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pair.getPublic().getEncoded()));
        assertEquals("sha256:" + sha256, key.fingerprint());
        assertEquals("ed25519-" + sha256.substring(0, 8), key.keyId());
        byte[] text = "意见".getBytes(StandardCharsets.UTF_8);
        assertTrue(SignatureVerifier.of(SignatureAlgorithm.ED25519, pair.getPublic()).verify(text, key.signer().sign(text)));
    }

    @Test
    @DisplayName("a retired key's public half is read whatever its algorithm")
    void retiredKeys() throws Exception {
        KeyPair sm2 = SignatureAlgorithm.SM2.generate();
        Path file = Files.writeString(dir.resolve("retired.pem"), Pem.encode(sm2.getPublic()));
        var key = MountedKey.retiredPublicKey(file);
        assertEquals(SignatureAlgorithm.SM2, MountedKey.algorithmOf(key));
        Path ed = Files.writeString(dir.resolve("retired-ed.pem"), Pem.encode(SignatureAlgorithm.ED25519.generate().getPublic()));
        assertEquals(SignatureAlgorithm.ED25519, MountedKey.algorithmOf(MountedKey.retiredPublicKey(ed)));
    }
}
