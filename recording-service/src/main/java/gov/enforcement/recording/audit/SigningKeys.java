package gov.enforcement.recording.audit;

import gov.enforcement.audit.crypto.NoteKey;
import gov.enforcement.audit.crypto.Pem;
import gov.enforcement.audit.crypto.SignatureAlgorithm;
import gov.enforcement.audit.crypto.Signer;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * R-SIGN: the key that signs checkpoints, and every public key that ever did. In production the private
 * key is a PEM file mounted from a Secret ({@code recording.audit.signing.key-location}) and only its public
 * key is stored. Without one (development, tests), a key is generated at first start and kept in
 * audit_signing_keys, private half included, so that restarts keep signing with it.
 */
@ApplicationScoped
public class SigningKeys {

    /** Arbitrary constant naming the key-generation lock in pg_locks. */
    private static final long KEYS_LOCK = 0x0A0D_17_4BL;

    private final Pool pool;
    private final AuditConfig config;
    private volatile Signer signer;

    public SigningKeys(Pool pool, AuditConfig config) {
        this.pool = pool;
        this.config = config;
    }

    /** A key as published: enough for anyone to verify checkpoint signatures. */
    public record PublishedKey(String keyId, String keyName, SignatureAlgorithm algorithm, String publicKeyPem,
                               OffsetDateTime createdAt) {

        public PublicKey publicKey() {
            return Pem.publicKey(algorithm, publicKeyPem);
        }

        public NoteKey noteKey() {
            return NoteKey.of(keyName, algorithm, publicKey());
        }
    }

    public Signer signer() {
        if (signer == null) {
            load();
        }
        return signer;
    }

    public Uni<List<PublishedKey>> published(SqlClient sql) {
        return sql.query("select key_id, key_name, algorithm, public_key_pem, created_at from audit_signing_keys"
                        + " order by created_at, key_id").execute()
                .map(rows -> {
                    List<PublishedKey> keys = new ArrayList<>();
                    rows.forEach(row -> keys.add(new PublishedKey(row.getString("key_id"), row.getString("key_name"),
                            SignatureAlgorithm.fromId(row.getString("algorithm")), row.getString("public_key_pem"),
                            row.getOffsetDateTime("created_at"))));
                    return keys;
                });
    }

    synchronized void load() {
        if (signer != null) {
            return;
        }
        SignatureAlgorithm algorithm = config.signing().algorithm();
        String name = config.origin();
        signer = config.signing().keyLocation()
                .map(location -> mounted(algorithm, name, location))
                .orElseGet(() -> Db.inTransaction(pool, tx -> generatedOrStored(tx, algorithm, name)));
        Log.infof("audit checkpoints are signed by %s key %s (%s)", algorithm.id(), signer.key().id(), name);
    }

    private Signer mounted(SignatureAlgorithm algorithm, String name, Path location) {
        PrivateKey privateKey;
        try {
            privateKey = Pem.privateKey(algorithm, Files.readString(location));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read recording.audit.signing.key-location " + location, e);
        }
        Signer mounted = Signer.of(algorithm, name, privateKey, Pem.publicKeyOf(algorithm, privateKey));
        Db.inTransaction(pool, tx -> publish(tx, mounted, null));
        return mounted;
    }

    private Signer generatedOrStored(SqlConnection tx, SignatureAlgorithm algorithm, String name) {
        tx.preparedQuery("select pg_advisory_xact_lock($1)").execute(Tuple.of(KEYS_LOCK)).await().atMost(Db.TIMEOUT);
        var stored = tx.preparedQuery("select private_key_pem, public_key_pem from audit_signing_keys"
                        + " where algorithm = $1 and key_name = $2 and private_key_pem is not null"
                        + " order by created_at desc limit 1")
                .execute(Tuple.of(algorithm.id(), name)).await().atMost(Db.TIMEOUT);
        if (stored.size() > 0) {
            Row row = stored.iterator().next();
            return Signer.of(algorithm, name, Pem.privateKey(algorithm, row.getString("private_key_pem")),
                    Pem.publicKey(algorithm, row.getString("public_key_pem")));
        }
        Log.warnf("R-SIGN: no recording.audit.signing.key-location; generated an %s key and stored it in the"
                + " database. Fine for development and tests; production mounts its own key.", algorithm.id());
        KeyPair pair = algorithm.generate();
        Signer generated = Signer.of(algorithm, name, pair.getPrivate(), pair.getPublic());
        return publish(tx, generated, Pem.encode(pair.getPrivate()));
    }

    private static Signer publish(SqlConnection tx, Signer key, String privatePem) {
        String publicPem = Pem.encode(key.key().publicKey());
        tx.preparedQuery("insert into audit_signing_keys (key_id, key_name, algorithm, public_key_pem, private_key_pem)"
                        + " values ($1, $2, $3, $4, $5) on conflict (key_id) do nothing")
                .execute(Tuple.of(key.key().id(), key.key().name(), key.algorithm().id(), publicPem, privatePem))
                .await().atMost(Db.TIMEOUT);
        String stored = tx.preparedQuery("select public_key_pem from audit_signing_keys where key_id = $1")
                .execute(Tuple.of(key.key().id())).await().atMost(Db.TIMEOUT).iterator().next().getString(0);
        if (!stored.equals(publicPem)) {
            throw new IllegalStateException("another public key is published under key id " + key.key().id());
        }
        return key;
    }
}
