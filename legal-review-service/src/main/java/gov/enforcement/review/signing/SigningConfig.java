package gov.enforcement.review.signing;

import gov.enforcement.audit.crypto.SignatureAlgorithm;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code review.signing.*}: where the opinion signing key is mounted, and which older keys are still published. */
@ConfigMapping(prefix = "review.signing")
public interface SigningConfig {

    /** {@code ed25519} or {@code sm2}: the algorithm of the mounted key. */
    @WithDefault("ed25519")
    SignatureAlgorithm algorithm();

    /**
     * The PEM PKCS#8 private key that signs opinions (a Secret mounted per deployment). Required: the service
     * refuses to start without it rather than invent a key nobody can trust.
     */
    Optional<Path> keyLocation();

    /** PEM public keys of retired keys, published for verification (e.g. keys of a database restored elsewhere). */
    Optional<List<Path>> retiredKeyLocations();

    /** Key ids no signature should be trusted from any more (a leaked key); published as {@code revoked}. */
    Optional<List<String>> revokedKeyIds();

    /** How soon a changed key file (a rotated Secret) is picked up: a scheduler period. */
    @WithDefault("30s")
    String checkEvery();
}
