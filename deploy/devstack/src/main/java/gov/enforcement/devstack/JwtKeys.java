package gov.enforcement.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** The local RS256 key pair of the one-machine stack, kept as PEM files so every service can read it. */
public final class JwtKeys {

    public static final String PRIVATE_KEY_FILE = "jwt-private.pem";
    public static final String PUBLIC_KEY_FILE = "jwt-public.pem";

    private static final String PRIVATE_LABEL = "PRIVATE KEY";
    private static final String PUBLIC_LABEL = "PUBLIC KEY";

    private final Path privateKeyPath;
    private final Path publicKeyPath;

    private JwtKeys(Path directory) {
        this.privateKeyPath = directory.resolve(PRIVATE_KEY_FILE);
        this.publicKeyPath = directory.resolve(PUBLIC_KEY_FILE);
    }

    /** The pair in the directory, generated (RSA-2048) if it is not there yet. */
    public static synchronized JwtKeys ensure(Path directory) {
        Path dir = Dirs.ensure(directory.toAbsolutePath());
        JwtKeys keys = new JwtKeys(dir);
        if (!Files.exists(keys.privateKeyPath) || !Files.exists(keys.publicKeyPath)) {
            KeyPair pair = generate();
            // public key first, private key last: a half-written pair is regenerated on the next call
            writeAtomically(keys.publicKeyPath, pem(PUBLIC_LABEL, pair.getPublic().getEncoded()));
            writeAtomically(keys.privateKeyPath, pem(PRIVATE_LABEL, pair.getPrivate().getEncoded()));
        }
        return keys;
    }

    /** A fresh RSA-2048 pair held only in memory. */
    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path privateKeyPath() {
        return privateKeyPath;
    }

    public Path publicKeyPath() {
        return publicKeyPath;
    }

    public PrivateKey privateKey() {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(read(privateKeyPath, PRIVATE_LABEL)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an RSA PKCS#8 key: " + privateKeyPath, e);
        }
    }

    public PublicKey publicKey() {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(read(publicKeyPath, PUBLIC_LABEL)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an RSA X.509 key: " + publicKeyPath, e);
        }
    }

    static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    private static byte[] read(Path file, String label) {
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII);
            String body = text.replace("-----BEGIN " + label + "-----", "")
                    .replace("-----END " + label + "-----", "")
                    .replaceAll("\\s", "");
            return Base64.getDecoder().decode(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeAtomically(Path target, String content) {
        try {
            Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
            Files.writeString(tmp, content, StandardCharsets.US_ASCII);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
