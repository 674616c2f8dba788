package gov.enforcement.recording.audit;

import gov.enforcement.audit.IndependentVerifier;
import gov.enforcement.audit.crypto.SignaturesTest;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static gov.enforcement.recording.audit.AuditApi.AUDITOR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same log with the Chinese national algorithms (国密): SM3 hashing, SM2 signatures. */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
@TestProfile(AuditSm2Test.NationalAlgorithms.class)
class AuditSm2Test {

    /** SM3 + SM2, selected by configuration only; the SM2 key is mounted as in production (an OpenSSL PEM file). */
    public static class NationalAlgorithms implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path key = Files.createTempFile("audit-signing-key", ".pem");
                key.toFile().deleteOnExit();
                Files.writeString(key, SignaturesTest.OPENSSL_SM2);
                return Map.of("recording.audit.hash-algorithm", "sm3", "recording.audit.signing.algorithm", "sm2",
                        "recording.audit.signing.key-location", key.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    @DisplayName("R-TAMPER, R-SIGN: with SM3 and SM2 configured, checkpoints are SM2-signed and proofs are SM3, verified independently")
    void nationalAlgorithms() throws Exception {
        AuditApi.Registered registered = AuditApi.registerCase();
        JsonPath proof = AuditApi.awaitInclusion(registered.eventId());
        assertEquals("sm3", proof.getString("hashAlgorithm"));
        JsonPath checkpoint = new JsonPath(proof.prettify()).setRootPath("checkpoint");
        assertEquals("sm2", checkpoint.getString("signatureAlgorithm"));
        assertTrue(checkpoint.getString("note").contains("\nhash sm3\n"), checkpoint.getString("note"));
        AuditApi.assertSignedByPublishedKey(checkpoint);
        given().get("/api/v1/audit/keys").then().statusCode(200).body("hashAlgorithm", equalTo("sm3"))
                .body("keys[0].algorithm", equalTo("sm2")).body("keys[0].publicKeyPem", startsWith("-----BEGIN PUBLIC KEY-----"));

        IndependentVerifier sm3 = IndependentVerifier.sm3();
        byte[] leafHash = Base64.getDecoder().decode(proof.getString("leafHash"));
        assertTrue(sm3.inclusion(proof.getLong("leafIndex"), proof.getLong("treeSize"), leafHash,
                IndependentVerifier.decode(proof.getList("auditPath")),
                Base64.getDecoder().decode(checkpoint.getString("rootHash"))));
        byte[] leaf = Base64.getDecoder().decode(given().auth().oauth2(AUDITOR).queryParam("purpose", "核查")
                .get("/api/v1/audit/leaves/" + registered.eventId()).then().statusCode(200).extract().path("leaf").toString());
        assertArrayEquals(leafHash, sm3.leafHash(leaf));
        assertTrue(AuditApi.verify(AUDITOR, registered.caseId()).getBoolean("verified"));
        assertEquals(0, TestDatabase.count("select count(*) from audit_signing_keys where private_key_pem is not null"),
                "a mounted key's private half is never stored");
    }

    @Test
    @DisplayName("R-TAMPER: with SM3, a case event changed in PostgreSQL is located just the same")
    void tamperingIsFound() throws Exception {
        AuditApi.Registered registered = AuditApi.registerCase();
        long leafIndex = AuditApi.awaitInclusion(registered.eventId()).getLong("leafIndex");
        AuditApi.tamper("update case_events set recorded_at = recorded_at + interval '1 day' where event_id = ?",
                AuditApi.uuid(registered.eventId()));

        JsonPath report = AuditApi.verify(AUDITOR, registered.caseId());
        assertFalse(report.getBoolean("verified"));
        List<Map<String, Object>> problems = report.getList("problems");
        assertEquals(1, problems.size(), report.prettify());
        assertEquals("LEAF_HASH_MISMATCH", problems.get(0).get("problem"));
        assertEquals(registered.eventId(), problems.get(0).get("eventId"));
        assertEquals(leafIndex, ((Number) problems.get(0).get("leafIndex")).longValue());
    }
}
