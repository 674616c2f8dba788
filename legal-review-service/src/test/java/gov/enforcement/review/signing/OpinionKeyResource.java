package gov.enforcement.review.signing;

import gov.enforcement.audit.crypto.Pem;
import gov.enforcement.audit.crypto.SignatureAlgorithm;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Mounts an opinion signing key for the application under test, as a Secret would: a fresh Ed25519 key in a
 * temporary file. Declared (unrestricted) on {@code OpinionKeysTest}, so every test of the module gets one.
 */
public class OpinionKeyResource implements QuarkusTestResourceLifecycleManager {

    // a system property, not a static field: tests and resources may live in different class loaders
    private static final String CURRENT_KEY_FILE = "gov.enforcement.review.opinion-key-file";

    @Override
    public Map<String, String> start() {
        try {
            Path file = Files.createTempDirectory("opinion-signing").resolve("signing-key.pem");
            writeNewKey(file);
            System.setProperty(CURRENT_KEY_FILE, file.toString());
            return Map.of("review.signing.key-location", file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
    }

    /** The key file of the application currently under test. */
    public static Path keyFile() {
        return Path.of(System.getProperty(CURRENT_KEY_FILE));
    }

    /** Replaces the key in the file with a new one, as a rotated Secret does; answers its PEM. */
    public static String writeNewKey(Path file) throws IOException {
        String pem = Pem.encode(SignatureAlgorithm.ED25519.generate().getPrivate());
        Path tmp = Files.createTempFile(file.getParent(), "signing-key", ".tmp");
        Files.writeString(tmp, pem);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return pem;
    }
}
