package gov.enforcement.review.signing;

import gov.enforcement.audit.crypto.SignatureAlgorithm;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * L-RESPONSIBILITY: signs opinions with the audit log's signing abstraction (audit-core): Ed25519 by default,
 * SM2 over SM3 with {@code review.signing.algorithm=sm2}. The key is generated at the first start and kept in
 * the service's database; production would keep it in a KMS behind the same {@link Signer}.
 */
@ApplicationScoped
public class OpinionSigner implements Signer {

    private final Pool pool;
    private final SignatureAlgorithm algorithm;
    private final Uni<gov.enforcement.audit.crypto.Signer> signer;

    public OpinionSigner(Pool pool, @ConfigProperty(name = "review.signing.algorithm", defaultValue = "ed25519") String algorithm) {
        this.pool = pool;
        this.algorithm = SignatureAlgorithm.fromId(algorithm);
        this.signer = Uni.createFrom().deferred(this::loadOrCreate).memoize().indefinitely();
    }

    void onStart(@Observes StartupEvent start) {
        signer.await().indefinitely();
    }

    @Override
    public Uni<SignatureValue> sign(byte[] text) {
        return signer.map(s -> new SignatureValue(keyId(s.algorithm(), s.key().publicKey()), s.algorithm().id(),
                Base64.getEncoder().encodeToString(s.sign(text))));
    }

    @Override
    public Uni<List<PublicKeyView>> publicKeys() {
        return signer.chain(s -> pool.query("select * from signing_keys order by created_at, key_id").execute())
                .map(rows -> {
                    List<PublicKeyView> keys = new ArrayList<>();
                    rows.forEach(row -> keys.add(new PublicKeyView(row.getString("key_id"), row.getString("algorithm"),
                            Base64.getEncoder().encodeToString(row.getBuffer("public_key").getBytes()),
                            row.getOffsetDateTime("created_at"))));
                    return keys;
                });
    }

    private Uni<gov.enforcement.audit.crypto.Signer> loadOrCreate() {
        KeyPair fresh = algorithm.generate();
        // only the first start's insert takes effect; every instance then reads the same oldest key
        return pool.preparedQuery("insert into signing_keys (key_id, algorithm, public_key, private_key)"
                        + " select $1, $2, $3, $4 where not exists (select 1 from signing_keys where algorithm = $2)")
                .execute(Tuple.of(keyId(algorithm, fresh.getPublic()), algorithm.id(),
                        Buffer.buffer(fresh.getPublic().getEncoded()), Buffer.buffer(fresh.getPrivate().getEncoded())))
                .chain(() -> pool.preparedQuery("select * from signing_keys where algorithm = $1 order by created_at, key_id"
                        + " limit 1").execute(Tuple.of(algorithm.id())))
                .map(rows -> toSigner(rows.iterator().next()));
    }

    private gov.enforcement.audit.crypto.Signer toSigner(Row row) {
        try {
            PrivateKey privateKey = algorithm.keyFactory()
                    .generatePrivate(new PKCS8EncodedKeySpec(row.getBuffer("private_key").getBytes()));
            PublicKey publicKey = algorithm.keyFactory()
                    .generatePublic(new X509EncodedKeySpec(row.getBuffer("public_key").getBytes()));
            return gov.enforcement.audit.crypto.Signer.of(algorithm, "legal-review-service", privateKey, publicKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable signing key " + row.getString("key_id"), e);
        }
    }

    static String keyId(SignatureAlgorithm algorithm, PublicKey publicKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
            return algorithm.id() + "-" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
