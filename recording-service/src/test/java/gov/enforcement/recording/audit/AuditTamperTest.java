package gov.enforcement.recording.audit;

import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static gov.enforcement.recording.audit.AuditApi.ADMIN;
import static gov.enforcement.recording.audit.AuditApi.AUDITOR;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Changes made behind the service's back, directly in PostgreSQL with the guards switched off, and what
 * verification then reports. A database of its own (a profile of its own), so no other test sees the damage.
 */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
@TestProfile(AuditTamperTest.OwnDatabase.class)
class AuditTamperTest {

    /** Nothing but a different profile, hence a fresh database. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("recording.audit.origin", "tamper-test.enforcement.gov.cn/audit-log");
        }
    }

    @Test
    @DisplayName("R-TAMPER: the database refuses UPDATE, DELETE and TRUNCATE on the log, access and key tables")
    void guards() throws SQLException {
        AuditApi.Registered a = AuditApi.registerCase();
        AuditApi.Registered b = AuditApi.registerCase();
        AuditApi.awaitInclusion(a.eventId());
        AuditApi.awaitInclusion(b.eventId());
        given().auth().oauth2(AUDITOR).queryParam("purpose", "执法监督").get("/api/v1/audit/leaves/" + a.eventId())
                .then().statusCode(200);
        Map<String, String> anyColumn = Map.of("audit_leaves", "leaf_hash", "audit_nodes", "hash",
                "audit_checkpoints", "note_text", "audit_signing_keys", "key_name", "access_log", "purpose");
        try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement()) {
            anyColumn.forEach((table, column) -> {
                assertTrue(TestDatabase.count("select count(*) from " + table) > 0, table);
                refused(() -> sql.executeUpdate("update " + table + " set " + column + " = " + column));
                refused(() -> sql.executeUpdate("delete from " + table));
            });
            for (String table : List.of("audit_leaves", "audit_nodes", "audit_checkpoints", "access_log")) {
                refused(() -> sql.execute("truncate " + table));
            }
            assertThrows(SQLException.class, () -> sql.execute("truncate audit_signing_keys cascade"));
        }
    }

    @Test
    @DisplayName("R-TAMPER: a case event changed in PostgreSQL is detected and located to its case, event, version and leaf")
    void changedRow() throws SQLException {
        AuditApi.Registered registered = AuditApi.registerCase();
        long leafIndex = AuditApi.awaitInclusion(registered.eventId()).getLong("leafIndex");
        assertTrue(AuditApi.verify(AUDITOR, registered.caseId()).getBoolean("verified"));

        AuditApi.tamper("update case_events set data = jsonb_set(data, '{matter}', '\"已篡改\"') where event_id = ?",
                AuditApi.uuid(registered.eventId()));

        JsonPath report = AuditApi.verify(AUDITOR, registered.caseId());
        assertFalse(report.getBoolean("verified"));
        Map<String, Object> finding = only(report, "LEAF_HASH_MISMATCH", registered.eventId());
        assertEquals(registered.caseId(), finding.get("caseId"));
        assertEquals(1, ((Number) finding.get("version")).intValue());
        assertEquals(leafIndex, ((Number) finding.get("leafIndex")).longValue());
        assertTrue(finding.get("detail").toString().contains("the row was altered after signing"), finding.toString());
        assertEquals(List.of("LEAF_HASH_MISMATCH"), problems(report), "the signed tree itself is intact");

        JsonPath log = AuditApi.verify(ADMIN, null);
        assertFalse(log.getBoolean("verified"));
        assertEquals(leafIndex, ((Number) only(log, "LEAF_HASH_MISMATCH", registered.eventId()).get("leafIndex")).longValue());
    }

    @Test
    @DisplayName("R-TAMPER: a leaf hash changed in PostgreSQL breaks the tree under the signed checkpoint, and is located")
    void changedLeafHash() throws SQLException {
        AuditApi.Registered victim = AuditApi.registerCase();
        AuditApi.Registered next = AuditApi.registerCase();
        long leafIndex = AuditApi.awaitInclusion(victim.eventId()).getLong("leafIndex");
        AuditApi.awaitInclusion(next.eventId());
        byte[] forged = new byte[32];
        new SecureRandom().nextBytes(forged);

        AuditApi.tamper("update audit_leaves set leaf_hash = ? where ref_id = ?", forged, AuditApi.uuid(victim.eventId()));

        JsonPath report = AuditApi.verify(AUDITOR, victim.caseId());
        assertFalse(report.getBoolean("verified"));
        Map<String, Object> inclusion = only(report, "INCLUSION_FAILED", victim.eventId());
        assertEquals(leafIndex, ((Number) inclusion.get("leafIndex")).longValue());
        assertEquals(victim.caseId(), inclusion.get("caseId"));
        assertTrue(only(report, "LEAF_HASH_MISMATCH", victim.eventId()).get("detail").toString()
                .contains("the stored leaf hash was altered"));

        JsonPath log = AuditApi.verify(AUDITOR, null);
        assertFalse(log.getBoolean("verified"));
        assertEquals(victim.caseId(), only(log, "LEAF_HASH_MISMATCH", victim.eventId()).get("caseId"));
        List<Map<String, Object>> tree = log.getList("problems");
        assertTrue(tree.stream().anyMatch(p -> "NODE_MISMATCH".equals(p.get("problem"))
                && ((Number) p.get("leafIndex")).longValue() <= leafIndex), log.prettify());
        assertTrue(tree.stream().anyMatch(p -> "CHECKPOINT_ROOT_MISMATCH".equals(p.get("problem"))), log.prettify());
    }

    @Test
    @DisplayName("R-SIGN: a checkpoint whose signature was changed in PostgreSQL is reported")
    void changedCheckpointSignature() throws SQLException {
        AuditApi.Registered registered = AuditApi.registerCase();
        AuditApi.awaitInclusion(registered.eventId());
        String size = AuditLogTest.queryText("select min(tree_size)::text from audit_checkpoints");
        AuditApi.tamper("update audit_checkpoints set signature = set_byte(signature, 0, get_byte(signature, 0) # 1)"
                + " where tree_size = ? and issued_at = (select min(issued_at) from audit_checkpoints"
                + " where tree_size = ?)", Long.parseLong(size), Long.parseLong(size));

        JsonPath log = AuditApi.verify(AUDITOR, null);
        assertFalse(log.getBoolean("verified"));
        List<Map<String, Object>> problems = log.getList("problems");
        assertTrue(problems.stream().anyMatch(p -> "CHECKPOINT_SIGNATURE_INVALID".equals(p.get("problem"))
                && ((Number) p.get("treeSize")).longValue() == Long.parseLong(size)), log.prettify());
    }

    @Test
    @DisplayName("R-TAMPER: a case event deleted in PostgreSQL leaves its leaf without a row, which is reported")
    void deletedRow() throws SQLException {
        AuditApi.Registered registered = AuditApi.registerCase();
        AuditApi.awaitInclusion(registered.eventId());
        AuditApi.tamper("delete from case_events where event_id = ?", AuditApi.uuid(registered.eventId()));

        JsonPath report = AuditApi.verify(AUDITOR, registered.caseId());
        assertFalse(report.getBoolean("verified"));
        assertEquals(registered.caseId(), only(report, "LEAF_SOURCE_MISSING", registered.eventId()).get("caseId"));
    }

    private static void refused(org.junit.jupiter.api.function.Executable change) {
        SQLException refused = assertThrows(SQLException.class, change);
        assertEquals("42501", refused.getSQLState(), refused.getMessage());
    }

    private static Map<String, Object> only(JsonPath report, String problem, String eventId) {
        List<Map<String, Object>> found = report.<Map<String, Object>>getList("problems").stream()
                .filter(p -> problem.equals(p.get("problem")) && eventId.equals(p.get("eventId"))).toList();
        assertEquals(1, found.size(), report.prettify());
        return found.get(0);
    }

    private static List<String> problems(JsonPath report) {
        return report.<Map<String, Object>>getList("problems").stream().map(p -> (String) p.get("problem"))
                .collect(Collectors.toList());
    }
}
