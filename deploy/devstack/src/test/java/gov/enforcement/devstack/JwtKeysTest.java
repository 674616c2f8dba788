package gov.enforcement.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JwtKeysTest {

    @TempDir
    Path tmp;

    @Test
    void generatesAPemPairOnceAndReusesIt() throws Exception {
        JwtKeys keys = JwtKeys.ensure(tmp.resolve("keys"));
        String privatePem = Files.readString(keys.privateKeyPath());
        String publicPem = Files.readString(keys.publicKeyPath());
        assertTrue(privatePem.startsWith("-----BEGIN PRIVATE KEY-----\n"));
        assertTrue(privatePem.endsWith("-----END PRIVATE KEY-----\n"));
        assertTrue(publicPem.startsWith("-----BEGIN PUBLIC KEY-----\n"));
        assertTrue(publicPem.lines().allMatch(l -> l.length() <= 64), "PEM lines wrap at 64");
        assertEquals(JwtKeys.PRIVATE_KEY_FILE, keys.privateKeyPath().getFileName().toString());
        assertEquals(2048, ((RSAPublicKey) keys.publicKey()).getModulus().bitLength());

        JwtKeys again = JwtKeys.ensure(tmp.resolve("keys"));
        assertEquals(privatePem, Files.readString(again.privateKeyPath()), "an existing pair is kept");
    }

    @Test
    void theFilesFormAMatchingPair() throws Exception {
        JwtKeys keys = JwtKeys.ensure(tmp);
        byte[] message = "iss=https://devstack.enforcement.local".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(keys.privateKey());
        signer.update(message);
        byte[] signature = signer.sign();

        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(keys.publicKey());
        verifier.update(message);
        assertTrue(verifier.verify(signature));

        verifier.initVerify(JwtKeys.generate().getPublic());
        verifier.update(message);
        assertFalse(verifier.verify(signature), "another key does not verify it");
    }
}
