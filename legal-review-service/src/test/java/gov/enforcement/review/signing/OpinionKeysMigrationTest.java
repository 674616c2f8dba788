package gov.enforcement.review.signing;

import gov.enforcement.audit.crypto.SignatureAlgorithm;
import gov.enforcement.audit.crypto.SignatureVerifier;
import gov.enforcement.testing.RealServers;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** L-RESPONSIBILITY: a database that kept the opinion key loses its private half and keeps the public one, retired. */
class OpinionKeysMigrationTest {

    /** The last schema that stored the key (V2026_12_10_1000); the next migration takes it out. */
    private static final String LAST_WITH_PRIVATE_KEY = "2026.12.10.1000";

    @Test
    @DisplayName("L-RESPONSIBILITY: the old database key's private half is gone, its public half still verifies old opinions")
    void oldDatabaseKeyIsRetired() throws Exception {
        String database = RealServers.createDatabase();
        String url = RealServers.jdbcUrl(database);
        flyway(url, LAST_WITH_PRIVATE_KEY).migrate();

        // what the service did before: a key generated at first start, both halves in signing_keys
        KeyPair legacy = SignatureAlgorithm.ED25519.generate();
        String keyId = KeyIds.keyId(SignatureAlgorithm.ED25519, legacy.getPublic());
        byte[] opinion = "an opinion signed before the move".getBytes(StandardCharsets.UTF_8);
        byte[] signature = gov.enforcement.audit.crypto.Signer.of(SignatureAlgorithm.ED25519, MountedKey.HOLDER,
                legacy.getPrivate(), legacy.getPublic()).sign(opinion);
        try (Connection db = connect(url); PreparedStatement insert = db.prepareStatement(
                "insert into signing_keys (key_id, algorithm, public_key, private_key) values (?, 'ed25519', ?, ?)")) {
            insert.setString(1, keyId);
            insert.setBytes(2, legacy.getPublic().getEncoded());
            insert.setBytes(3, legacy.getPrivate().getEncoded());
            insert.executeUpdate();
            assertEquals(List.of("\"public\".\"signing_keys\""), KeyMaterialScan.tablesHolding(db, legacy.getPrivate()),
                    "the scan finds the key where it was kept");
        }

        flyway(url, "latest").migrate();

        try (Connection db = connect(url)) {
            assertEquals(List.of(), KeyMaterialScan.tablesHolding(db, legacy.getPrivate()));
            try (ResultSet old = db.getMetaData().getTables(null, "public", "signing_keys", null)) {
                assertFalse(old.next(), "signing_keys is dropped");
            }
            try (PreparedStatement select = db.prepareStatement(
                    "select public_key, fingerprint, origin, holder from opinion_keys where key_id = ?")) {
                select.setString(1, keyId);
                try (ResultSet row = select.executeQuery()) {
                    assertTrue(row.next(), "the old key stays published under its key id");
                    PublicKey published = SignatureAlgorithm.ED25519.keyFactory()
                            .generatePublic(new java.security.spec.X509EncodedKeySpec(row.getBytes(1)));
                    assertTrue(SignatureVerifier.of(SignatureAlgorithm.ED25519, published).verify(opinion, signature));
                    assertEquals("sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(legacy.getPublic().getEncoded())), row.getString(2));
                    assertEquals("database", row.getString(3), "never to sign again");
                    assertEquals(MountedKey.HOLDER, row.getString(4));
                }
            }
        }
    }

    private static Flyway flyway(String url, String target) {
        return Flyway.configure().dataSource(url, RealServers.username(), RealServers.password())
                .locations("classpath:db/platform", "classpath:db/migration").target(target).load();
    }

    private static Connection connect(String url) throws Exception {
        return DriverManager.getConnection(url, RealServers.username(), RealServers.password());
    }
}
