package gov.enforcement.audit.checkpoint;

import gov.enforcement.audit.crypto.HashAlgorithm;
import gov.enforcement.audit.crypto.SignatureAlgorithm;
import gov.enforcement.audit.crypto.SignatureVerifier;
import gov.enforcement.audit.crypto.Signer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckpointTest {

    private static final byte[] ROOT = HexFormat.of()
            .parseHex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    @Test
    @DisplayName("R-SIGN: a checkpoint's text is c2sp.org/tlog-checkpoint: origin, size, base64 root, then the time")
    void body() {
        Checkpoint head = new Checkpoint("example.org/log", 8, ROOT, HashAlgorithm.SHA_256,
                Instant.parse("2026-11-21T08:00:00.123456Z"));
        assertEquals("example.org/log\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\ntime 2026-11-21T08:00:00.123Z\n",
                head.body());
        Checkpoint parsed = Checkpoint.parse(head.body());
        assertEquals(8, parsed.treeSize());
        assertArrayEquals(ROOT, parsed.rootHash());
        assertEquals(head.issuedAt(), parsed.issuedAt());

        Checkpoint sm3 = new Checkpoint("example.org/log", 8, ROOT, HashAlgorithm.SM3, head.issuedAt());
        assertTrue(sm3.body().endsWith("\nhash sm3\n"));
        assertEquals(HashAlgorithm.SM3, Checkpoint.parse(sm3.body()).hashAlgorithm());
    }

    @Test
    @DisplayName("a checkpoint text in any other form is refused")
    void malformed() {
        assertThrows(IllegalArgumentException.class, () -> Checkpoint.parse("example.org/log\n8\nXcna\n"));
        assertThrows(IllegalArgumentException.class, () -> Checkpoint.parse(
                "example.org/log\n08\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\ntime 2026-11-21T08:00:00Z\n"));
        assertThrows(IllegalArgumentException.class, () -> Checkpoint.parse(
                "example.org/log\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\ntime yesterday\n"));
        assertThrows(IllegalArgumentException.class, () -> Checkpoint.parse(
                "example.org/log\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\ntime 2026-11-21T08:00:00Z\nmore\n"));
    }

    @Test
    @DisplayName("R-SIGN: a signed note is the text, a blank line and '— name base64(key id || signature)'")
    void signedNote() {
        KeyPair pair = SignatureAlgorithm.ED25519.generate();
        Signer signer = Signer.of(SignatureAlgorithm.ED25519, "example.org/log", pair.getPrivate(), pair.getPublic());
        String text = new Checkpoint("example.org/log", 8, ROOT, HashAlgorithm.SHA_256, Instant.now()).body();
        String note = SignedNote.sign(text, signer).encode();

        String[] parts = note.split("\n\n");
        assertEquals(text, parts[0] + "\n");
        assertTrue(parts[1].startsWith("\u2014 example.org/log "));
        byte[] idAndSignature = Base64.getDecoder().decode(parts[1].substring(parts[1].lastIndexOf(' ') + 1).trim());
        assertEquals(4 + 64, idAndSignature.length);
        assertEquals(signer.key().id(), HexFormat.of().formatHex(idAndSignature, 0, 4));

        SignedNote parsed = SignedNote.parse(note);
        assertEquals(text, parsed.text());
        assertEquals(signer.key().id(), parsed.signatures().get(0).keyId());
        assertTrue(SignatureVerifier.of(SignatureAlgorithm.ED25519, pair.getPublic())
                .verify(text.getBytes(StandardCharsets.UTF_8), parsed.signatures().get(0).signature()));
        assertThrows(IllegalArgumentException.class, () -> SignedNote.parse(text));
    }
}
