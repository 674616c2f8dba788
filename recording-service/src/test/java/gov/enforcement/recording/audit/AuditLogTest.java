package gov.enforcement.recording.audit;

import gov.enforcement.audit.IndependentVerifier;
import gov.enforcement.platform.security.Caller;
import gov.enforcement.recording.audit.access.AccessLog;
import gov.enforcement.recording.audit.access.AccessRecord;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import static gov.enforcement.recording.audit.AuditApi.ADMIN;
import static gov.enforcement.recording.audit.AuditApi.AUDITOR;
import static gov.enforcement.recording.audit.AuditApi.OFFICER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit log as outsiders and auditors see it, over REST, on the real PostgreSQL of the test. */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class AuditLogTest {

    private static final IndependentVerifier OUTSIDER = IndependentVerifier.sha256();

    @Inject
    Pool pool;

    @Inject
    AccessLog accessLog;

    @Test
    @DisplayName("R-TAMPER, R-SIGN: without a token, an outsider checks a case event against a signed checkpoint")
    void outsiderVerifiesInclusion() throws Exception {
        for (int i = 0; i < 3; i++) {
            AuditApi.Registered registered = AuditApi.registerCase();
            JsonPath proof = AuditApi.awaitInclusion(registered.eventId());
            JsonPath checkpoint = new JsonPath(proof.prettify()).setRootPath("checkpoint");
            assertEquals("sha-256", proof.getString("hashAlgorithm"));
            assertEquals(proof.getLong("treeSize"), checkpoint.getLong("treeSize"));
            AuditApi.assertSignedByPublishedKey(checkpoint);

            byte[] root = Base64.getDecoder().decode(checkpoint.getString("rootHash"));
            byte[] leafHash = Base64.getDecoder().decode(proof.getString("leafHash"));
            assertTrue(OUTSIDER.inclusion(proof.getLong("leafIndex"), proof.getLong("treeSize"), leafHash,
                    IndependentVerifier.decode(proof.getList("auditPath")), root), "the audit path leads to the signed root");
        }
    }

    @Test
    @DisplayName("R-TAMPER, R-ACCESS: an auditor recomputes a leaf from its canonical bytes, and that read is itself logged")
    void auditorRecomputesALeaf() throws Exception {
        AuditApi.Registered registered = AuditApi.registerCase();
        JsonPath proof = AuditApi.awaitInclusion(registered.eventId());
        given().get("/api/v1/audit/leaves/" + registered.eventId() + "?purpose=x").then().statusCode(401);
        given().auth().oauth2(OFFICER).get("/api/v1/audit/leaves/" + registered.eventId() + "?purpose=x").then().statusCode(403);

        JsonPath leaf = given().auth().oauth2(AUDITOR).queryParam("purpose", "年度执法监督检查")
                .get("/api/v1/audit/leaves/" + registered.eventId()).then().statusCode(200).extract().jsonPath();
        byte[] bytes = Base64.getDecoder().decode(leaf.getString("leaf"));
        assertArrayEquals(Base64.getDecoder().decode(proof.getString("leafHash")), OUTSIDER.leafHash(bytes));
        JsonPath canonical = new JsonPath(new String(bytes, StandardCharsets.UTF_8));
        assertEquals("case-event", canonical.getString("kind"));
        assertEquals(registered.caseId(), canonical.getString("caseId"));
        assertEquals(registered.eventId(), canonical.getString("eventId"));
        assertEquals(1, canonical.getInt("version"));
        assertEquals("gov.enforcement.case.CaseRegistered.v1", canonical.getString("type"));
        assertEquals("未依法支付劳动报酬", canonical.getString("data.matter"));

        String accessId = queryText("select access_id::text from access_log where purpose = '年度执法监督检查'"
                + " and what = 'audit leaf " + registered.eventId() + "'");
        JsonPath accessProof = AuditApi.awaitInclusion(accessId);
        JsonPath accessLeaf = given().auth().oauth2(ADMIN).queryParam("purpose", "复核").get("/api/v1/audit/leaves/" + accessId)
                .then().statusCode(200).body("kind", equalTo("access")).extract().jsonPath();
        assertTrue(accessLeaf.getString("canonicalJson").contains("\"actor\":\"auditor-" + TestAgencies.AGENCY_A + "\""));
        assertEquals(accessProof.getString("leafHash"), accessLeaf.getString("leafHash"));
    }

    @Test
    @DisplayName("R-ACCESS: an access record written through AccessLog becomes a leaf of the case")
    void accessLogAdapter() {
        AuditApi.Registered registered = AuditApi.registerCase();
        Caller reviewer = new Caller("reviewer-1", Set.of("reviewer"), TestAgencies.AGENCY_A, null);
        AccessRecord read = AccessRecord.of(reviewer, UUID.fromString(registered.caseId()), "法制审核", "case file");
        pool.withTransaction(tx -> accessLog.record(tx, read)).await().indefinitely();

        JsonPath proof = AuditApi.awaitInclusion(read.accessId().toString());
        byte[] root = Base64.getDecoder().decode(proof.getString("checkpoint.rootHash"));
        assertTrue(OUTSIDER.inclusion(proof.getLong("leafIndex"), proof.getLong("treeSize"),
                Base64.getDecoder().decode(proof.getString("leafHash")), IndependentVerifier.decode(proof.getList("auditPath")),
                root));
        JsonPath report = AuditApi.verify(AUDITOR, registered.caseId());
        assertTrue(report.getBoolean("verified"), report.prettify());
        assertEquals(2, report.getLong("leavesChecked"), "the case event and the access record");
    }

    @Test
    @DisplayName("R-TAMPER: a consistency proof links two checkpoints; old leaves stay provable in the newer tree")
    void consistencyBetweenCheckpoints() throws Exception {
        AuditApi.Registered first = AuditApi.registerCase();
        JsonPath older = AuditApi.awaitInclusion(first.eventId());
        long oldSize = older.getLong("treeSize");
        byte[] oldRoot = Base64.getDecoder().decode(older.getString("checkpoint.rootHash"));

        AuditApi.Registered second = AuditApi.registerCase();
        JsonPath newer = AuditApi.awaitInclusion(second.eventId());
        long newSize = newer.getLong("treeSize");
        byte[] newRoot = Base64.getDecoder().decode(newer.getString("checkpoint.rootHash"));
        assertTrue(newSize > oldSize);

        JsonPath consistency = given().queryParam("from", oldSize).queryParam("to", newSize)
                .get("/api/v1/audit/proofs/consistency").then().statusCode(200).extract().jsonPath();
        assertEquals(older.getString("checkpoint.rootHash"), consistency.getString("fromCheckpoint.rootHash"));
        assertTrue(OUTSIDER.consistency(oldSize, newSize, oldRoot, newRoot,
                IndependentVerifier.decode(consistency.getList("proof"))), "the older tree is a prefix of the newer one");
        AuditApi.assertSignedByPublishedKey(new JsonPath(consistency.prettify()).setRootPath("toCheckpoint"));

        JsonPath again = given().queryParam("eventId", first.eventId()).queryParam("treeSize", newSize)
                .get("/api/v1/audit/proofs/inclusion").then().statusCode(200).extract().jsonPath();
        assertTrue(OUTSIDER.inclusion(again.getLong("leafIndex"), newSize, Base64.getDecoder().decode(again.getString("leafHash")),
                IndependentVerifier.decode(again.getList("auditPath")), newRoot));
        given().get("/api/v1/audit/checkpoints/" + oldSize).then().statusCode(200)
                .body("rootHash", equalTo(older.getString("checkpoint.rootHash")));
    }

    @Test
    @DisplayName("R-TAMPER: verification is for auditors and admins, and finds nothing wrong in an untouched log")
    void verification() {
        AuditApi.Registered registered = AuditApi.registerCase();
        AuditApi.awaitInclusion(registered.eventId());
        given().get("/api/v1/audit/verify").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(OFFICER).get("/api/v1/audit/verify").then().statusCode(403);

        JsonPath log = AuditApi.verify(AUDITOR, null);
        assertTrue(log.getBoolean("verified"), log.prettify());
        assertEquals("log", log.getString("scope"));
        assertTrue(log.getLong("leavesChecked") >= 1 && log.getLong("checkpointsChecked") >= 1, log.prettify());
        assertEquals(0, log.getList("problems").size());

        JsonPath single = AuditApi.verify(ADMIN, registered.caseId());
        assertTrue(single.getBoolean("verified"), single.prettify());
        assertEquals(registered.caseId(), single.getString("caseId"));
        assertEquals(1, single.getLong("leavesChecked"));
        given().auth().oauth2(AUDITOR).queryParam("caseId", UUID.randomUUID()).get("/api/v1/audit/verify")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @DisplayName("bad query parameters are 400 problems naming the field; unknown things are 404")
    void badRequests() {
        AuditApi.awaitCheckpoint(0);
        badField(given().queryParam("eventId", "not-a-uuid").get("/api/v1/audit/proofs/inclusion"), "eventId");
        badField(given().get("/api/v1/audit/proofs/inclusion"), "eventId");
        String eventId = AuditApi.registerCase().eventId();
        AuditApi.awaitInclusion(eventId);
        badField(given().queryParam("eventId", eventId).queryParam("treeSize", "many").get("/api/v1/audit/proofs/inclusion"),
                "treeSize");
        badField(given().queryParam("eventId", eventId).queryParam("treeSize", Long.MAX_VALUE)
                .get("/api/v1/audit/proofs/inclusion"), "treeSize");
        badField(given().queryParam("from", 0).get("/api/v1/audit/proofs/consistency"), "from");
        badField(given().get("/api/v1/audit/proofs/consistency"), "from");
        badField(given().queryParam("from", 2).queryParam("to", 1).get("/api/v1/audit/proofs/consistency"), "from");
        badField(given().queryParam("from", 1).queryParam("to", Long.MAX_VALUE).get("/api/v1/audit/proofs/consistency"), "to");
        badField(given().auth().oauth2(AUDITOR).queryParam("caseId", "42").get("/api/v1/audit/verify"), "caseId");
        badField(given().auth().oauth2(AUDITOR).get("/api/v1/audit/leaves/" + eventId), "purpose");

        given().queryParam("eventId", UUID.randomUUID()).get("/api/v1/audit/proofs/inclusion").then().statusCode(404)
                .contentType("application/problem+json").body("type", startsWith("https://"));
        given().get("/api/v1/audit/checkpoints/99999999999").then().statusCode(404);
        given().get("/api/v1/audit/keys").then().statusCode(200).body("hashAlgorithm", equalTo("sha-256"))
                .body("keys.algorithm", hasItem("ed25519"));
    }

    private static void badField(io.restassured.response.Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    /** The one text value a query answers. */
    static String queryText(String query) {
        try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery(query)) {
            assertTrue(rows.next(), query);
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }
}
