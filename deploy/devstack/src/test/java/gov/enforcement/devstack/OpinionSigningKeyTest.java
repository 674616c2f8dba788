package gov.enforcement.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpinionSigningKeyTest {

    @TempDir
    Path tmp;

    @Test
    void generatesAnEd25519Pkcs8KeyOnceAndKeepsIt() throws Exception {
        Path file = OpinionSigningKey.ensure(tmp.resolve("keys"));
        assertEquals(tmp.resolve("keys").resolve(OpinionSigningKey.FILE), file);
        String pem = Files.readString(file);
        assertTrue(pem.startsWith("-----BEGIN PRIVATE KEY-----\n"), pem);
        PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder()
                .decode(pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", ""))));
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key);
        signer.update("意见".getBytes(StandardCharsets.UTF_8));
        assertEquals(64, signer.sign().length);

        assertEquals(pem, Files.readString(OpinionSigningKey.ensure(tmp.resolve("keys"))), "an existing key is kept");
    }
}
