package gov.enforcement.review.signing;

import gov.enforcement.audit.crypto.SignatureAlgorithm;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.PublicKey;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code opinion_keys}: the public half of every key that ever signed an opinion, so that old opinions keep
 * verifying after a rotation. It holds no private key, by design: that lives only in the mounted file.
 */
@ApplicationScoped
public class OpinionKeyStore {

    /** How a key came to be published. */
    enum Origin {
        /** Generated and kept in the database before keys were mounted; its private half is in old backups. */
        DATABASE,
        /** Mounted from a file and used to sign. */
        MOUNTED,
        /** Only its public half was given (review.signing.retired-key-locations). */
        CONFIGURED
    }

    record StoredKey(String keyId, String holder, SignatureAlgorithm algorithm, byte[] publicKey, String fingerprint,
                     Origin origin, OffsetDateTime createdAt) {
    }

    private final Pool pool;

    public OpinionKeyStore(Pool pool) {
        this.pool = pool;
    }

    /** Publishes a public key under its key id; refuses a different key under an id already taken. */
    Uni<Void> publish(String holder, SignatureAlgorithm algorithm, PublicKey publicKey, Origin origin) {
        String keyId = KeyIds.keyId(algorithm, publicKey);
        byte[] encoded = publicKey.getEncoded();
        return pool.preparedQuery("insert into opinion_keys (key_id, holder, algorithm, public_key, fingerprint, origin)"
                        + " values ($1, $2, $3, $4, $5, $6) on conflict (key_id) do nothing")
                .execute(Tuple.of(keyId, holder, algorithm.id(), Buffer.buffer(encoded), KeyIds.fingerprint(publicKey),
                        origin.name().toLowerCase()))
                .chain(() -> find(keyId))
                .invoke(stored -> {
                    if (stored.isEmpty() || !Arrays.equals(stored.get().publicKey(), encoded)) {
                        throw new IllegalStateException("another public key is published under key id " + keyId);
                    }
                })
                .replaceWithVoid();
    }

    Uni<Optional<StoredKey>> find(String keyId) {
        return pool.preparedQuery("select * from opinion_keys where key_id = $1").execute(Tuple.of(keyId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(toKey(rows.iterator().next())));
    }

    Uni<List<StoredKey>> all() {
        return pool.query("select * from opinion_keys order by created_at, key_id").execute()
                .map(rows -> {
                    List<StoredKey> keys = new ArrayList<>();
                    rows.forEach(row -> keys.add(toKey(row)));
                    return keys;
                });
    }

    private static StoredKey toKey(Row row) {
        return new StoredKey(row.getString("key_id"), row.getString("holder"),
                SignatureAlgorithm.fromId(row.getString("algorithm")), row.getBuffer("public_key").getBytes(),
                row.getString("fingerprint"), Origin.valueOf(row.getString("origin").toUpperCase()),
                row.getOffsetDateTime("created_at"));
    }
}
