package gov.enforcement.review.signing;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/** Ed25519 with a key generated at the first start and kept in the service's database. */
@ApplicationScoped
public class Ed25519Signer implements Signer {

    static final String ALGORITHM = "Ed25519";

    private final Pool pool;
    private final Uni<SigningKey> key;

    /** The key in use: the oldest one, so that every instance signs with the same key. */
    record SigningKey(String keyId, PrivateKey privateKey) {
    }

    public Ed25519Signer(Pool pool) {
        this.pool = pool;
        this.key = Uni.createFrom().deferred(this::loadOrCreate).memoize().indefinitely();
    }

    void onStart(@Observes StartupEvent start) {
        key.await().indefinitely();
    }

    @Override
    public Uni<SignatureValue> sign(byte[] text) {
        return key.map(k -> {
            try {
                Signature signature = Signature.getInstance(ALGORITHM);
                signature.initSign(k.privateKey());
                signature.update(text);
                return new SignatureValue(k.keyId(), ALGORITHM, Base64.getEncoder().encodeToString(signature.sign()));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot sign with " + k.keyId(), e);
            }
        });
    }

    @Override
    public Uni<List<PublicKeyView>> publicKeys() {
        return key.chain(k -> pool.query("select * from signing_keys order by created_at, key_id").execute())
                .map(rows -> {
                    List<PublicKeyView> keys = new ArrayList<>();
                    rows.forEach(row -> keys.add(new PublicKeyView(row.getString("key_id"), row.getString("algorithm"),
                            Base64.getEncoder().encodeToString(row.getBuffer("public_key").getBytes()),
                            row.getOffsetDateTime("created_at"))));
                    return keys;
                });
    }

    private Uni<SigningKey> loadOrCreate() {
        KeyPair fresh = generate();
        byte[] publicKey = fresh.getPublic().getEncoded();
        // only the first start's insert takes effect; every instance then reads the same oldest key
        return pool.preparedQuery("insert into signing_keys (key_id, algorithm, public_key, private_key)"
                        + " select $1, $2, $3, $4 where not exists (select 1 from signing_keys)")
                .execute(Tuple.of(keyId(publicKey), ALGORITHM,
                        Buffer.buffer(publicKey),
                        Buffer.buffer(fresh.getPrivate().getEncoded())))
                .chain(() -> pool.query("select * from signing_keys order by created_at, key_id limit 1").execute())
                .map(rows -> toKey(rows.iterator().next()));
    }

    private static SigningKey toKey(Row row) {
        try {
            PrivateKey privateKey = KeyFactory.getInstance(ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(row.getBuffer("private_key").getBytes()));
            return new SigningKey(row.getString("key_id"), privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable signing key " + row.getString("key_id"), e);
        }
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String keyId(byte[] publicKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey);
            return "ed25519-" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
