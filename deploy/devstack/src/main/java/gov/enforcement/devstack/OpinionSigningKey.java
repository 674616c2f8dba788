package gov.enforcement.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;

/**
 * Legal review's opinion signing key on one machine: an Ed25519 PKCS#8 PEM file in the stack's key directory,
 * made at the first start and kept, as a Kubernetes Secret would be mounted. The service never stores it.
 */
public final class OpinionSigningKey {

    public static final String FILE = "opinion-signing-key.pem";

    private OpinionSigningKey() {
    }

    /** The key file in the directory, generated if it is not there yet. */
    public static synchronized Path ensure(Path directory) {
        Path file = Dirs.ensure(directory.toAbsolutePath()).resolve(FILE);
        if (!Files.exists(file)) {
            JwtKeys.writeAtomically(file, JwtKeys.pem("PRIVATE KEY", generate().getEncoded()));
        }
        return file;
    }

    private static PrivateKey generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
