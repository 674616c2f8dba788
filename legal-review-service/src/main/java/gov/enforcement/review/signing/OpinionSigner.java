package gov.enforcement.review.signing;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * L-RESPONSIBILITY: signs opinions with the key mounted at {@code review.signing.key-location} (audit-core's
 * signing code: Ed25519, or SM2 over SM3). The private key is never written to the database; its public half is
 * published in {@code opinion_keys} before the first signature, and stays published after a rotation. A changed
 * file (Kubernetes updates a mounted Secret in place) is picked up within {@code review.signing.check-every}.
 */
@ApplicationScoped
public class OpinionSigner implements Signer {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final OpinionKeyStore store;
    private final SigningConfig config;
    private volatile MountedKey current;

    public OpinionSigner(OpinionKeyStore store, SigningConfig config) {
        this.store = store;
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) {
        for (Path location : config.retiredKeyLocations().orElse(List.of())) {
            PublicKey retired = MountedKey.retiredPublicKey(location);
            store.publish(MountedKey.HOLDER, MountedKey.algorithmOf(retired), retired, OpinionKeyStore.Origin.CONFIGURED)
                    .await().atMost(TIMEOUT);
        }
        use(MountedKey.read(config.keyLocation(), config.algorithm()));
    }

    @Scheduled(every = "${review.signing.check-every:30s}", delayed = "${review.signing.check-every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pickUpRotation() {
        MountedKey key = current;
        if (key == null) {
            return;
        }
        try {
            if (key.changedOnDisk()) {
                use(MountedKey.read(Optional.of(key.location()), config.algorithm()));
            }
        } catch (IOException | RuntimeException e) {
            // a half-updated or removed file must not stop signing with the key already checked and published
            Log.errorf(e, "L-RESPONSIBILITY: cannot use the opinion signing key at %s; still signing with %s",
                    key.location(), key.keyId());
        }
    }

    /** Checks the key may sign, publishes its public half, and only then signs with it. */
    private synchronized void use(MountedKey key) {
        if (revoked().contains(key.keyId())) {
            throw new IllegalStateException("L-RESPONSIBILITY: the mounted opinion signing key " + key.keyId()
                    + " is listed in review.signing.revoked-key-ids; mount a new key");
        }
        store.find(key.keyId()).await().atMost(TIMEOUT)
                .filter(stored -> stored.origin() == OpinionKeyStore.Origin.DATABASE)
                .ifPresent(stored -> {
                    throw new IllegalStateException("L-RESPONSIBILITY: the mounted opinion signing key " + key.keyId()
                            + " was once kept in the database (and so in its backups); it stays retired. Mount a new key");
                });
        store.publish(MountedKey.HOLDER, key.signer().algorithm(), key.signer().key().publicKey(),
                OpinionKeyStore.Origin.MOUNTED).await().atMost(TIMEOUT);
        MountedKey previous = current;
        current = key;
        Log.infof("L-RESPONSIBILITY: opinions are signed by %s key %s (%s)%s", key.signer().algorithm().id(),
                key.keyId(), key.fingerprint(), previous == null ? "" : "; " + previous.keyId() + " is retired");
    }

    @Override
    public Uni<SignatureValue> sign(byte[] text) {
        return Uni.createFrom().item(() -> current).map(key -> new SignatureValue(key.keyId(),
                key.signer().algorithm().id(), Base64.getEncoder().encodeToString(key.signer().sign(text))));
    }

    @Override
    public Uni<List<PublicKeyView>> publicKeys() {
        Set<String> revoked = revoked();
        return store.all().map(keys -> keys.stream().map(k -> new PublicKeyView(k.keyId(), k.algorithm().id(),
                Base64.getEncoder().encodeToString(k.publicKey()), k.fingerprint(), k.holder(),
                status(k.keyId(), revoked), k.createdAt())).toList());
    }

    private KeyStatus status(String keyId, Set<String> revoked) {
        if (revoked.contains(keyId)) {
            return KeyStatus.REVOKED;
        }
        MountedKey key = current;
        return key != null && key.keyId().equals(keyId) ? KeyStatus.ACTIVE : KeyStatus.RETIRED;
    }

    private Set<String> revoked() {
        return Set.copyOf(config.revokedKeyIds().orElse(List.of()));
    }
}
