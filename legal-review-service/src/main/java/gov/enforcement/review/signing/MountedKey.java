package gov.enforcement.review.signing;

import gov.enforcement.audit.crypto.Pem;
import gov.enforcement.audit.crypto.SignatureAlgorithm;
import gov.enforcement.audit.crypto.Signer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Optional;

/**
 * The opinion signing key as read from its mounted file. Reading fails loudly with what to do: a service that
 * generated a key of its own when the Secret is missing would sign with a key no one published or backed up.
 */
record MountedKey(Path location, byte[] content, Signer signer, String keyId, String fingerprint) {

    static final String PROPERTY = "review.signing.key-location";
    static final String HOLDER = "legal-review-service";

    static MountedKey read(Optional<Path> location, SignatureAlgorithm algorithm) {
        Path path = location.orElseThrow(() -> new IllegalStateException("L-RESPONSIBILITY: no " + PROPERTY
                + " is configured, so opinions cannot be signed. Mount a PEM PKCS#8 private key (e.g. `openssl genpkey"
                + " -algorithm " + algorithm.id() + " -out opinion-signing-key.pem`) and set " + PROPERTY
                + " (REVIEW_SIGNING_KEY_LOCATION) to its path."));
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IllegalStateException("L-RESPONSIBILITY: cannot read the opinion signing key " + PROPERTY + "="
                    + path + " (" + e + ")", e);
        }
        return parse(path, content, algorithm);
    }

    /** Whether the file now holds another key than this one (a rotated Secret). */
    boolean changedOnDisk() throws IOException {
        return !Arrays.equals(content, Files.readAllBytes(location));
    }

    static MountedKey parse(Path path, byte[] content, SignatureAlgorithm algorithm) {
        PrivateKey privateKey;
        try {
            privateKey = Pem.privateKey(algorithm, new String(content, StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("L-RESPONSIBILITY: " + PROPERTY + "=" + path + " is not a PEM PKCS#8 "
                    + algorithm.id() + " private key (review.signing.algorithm=" + algorithm.id() + "): " + e.getMessage(), e);
        }
        PublicKey publicKey = Pem.publicKeyOf(algorithm, privateKey);
        return new MountedKey(path, content, Signer.of(algorithm, HOLDER, privateKey, publicKey),
                KeyIds.keyId(algorithm, publicKey), KeyIds.fingerprint(publicKey));
    }

    /** A retired key's public half, whichever algorithm it has. */
    static PublicKey retiredPublicKey(Path path) {
        String pem;
        try {
            pem = Files.readString(path, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the retired opinion key review.signing.retired-key-locations "
                    + path + " (" + e.getMessage() + ")", e);
        }
        for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
            try {
                return Pem.publicKey(algorithm, pem);
            } catch (IllegalArgumentException notThisOne) {
                // try the next algorithm
            }
        }
        throw new IllegalStateException("review.signing.retired-key-locations " + path
                + " is not a PEM public key of any of " + Arrays.toString(SignatureAlgorithm.values()));
    }

    static SignatureAlgorithm algorithmOf(PublicKey key) {
        return "Ed25519".equalsIgnoreCase(key.getAlgorithm()) || "EdDSA".equalsIgnoreCase(key.getAlgorithm())
                ? SignatureAlgorithm.ED25519 : SignatureAlgorithm.SM2;
    }
}
