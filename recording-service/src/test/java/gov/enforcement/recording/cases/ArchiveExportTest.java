package gov.enforcement.recording.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.audit.archive.ArchiveVerifier;
import gov.enforcement.audit.archive.CaseArchive;
import gov.enforcement.audit.archive.Verdict;
import gov.enforcement.events.Topics;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestDatabase;
import gov.enforcement.testing.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static gov.enforcement.recording.cases.CaseStepsResourceTest.DECIDER;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.INVESTIGATOR;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.append;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.draftedCase;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class ArchiveExportTest {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A minor penalty case taken from registration to archive, with one piece of AV evidence. */
    static String archivedCase() {
        String caseId = draftedCase(2_000);
        String hash = given().auth().oauth2(INVESTIGATOR).get("/api/v1/cases/" + caseId).then().extract().path("draft.hash");
        ObjectNode classified = FactsConsumerTest.data().put("draftHash", hash).put("major", false).put("catalogueVersion", "1");
        classified.putArray("criteria");
        TestEvents.send(Topics.REVIEW_EVENTS, FactsConsumerTest.fact("review", Topics.REVIEW_EVENTS, "DecisionClassified", caseId, classified));
        FactsConsumerTest.awaitVersion(caseId, 5);
        EvidenceUploadTest.upload(caseId, EvidenceUploadTest.mp4("送达录像 " + caseId), "video/mp4", null)
                .then().statusCode(201);
        append(DECIDER, caseId, "DecisionIssued", Map.of("documentNumber", "石人社监罚〔2026〕9号", "decidedOn", "2026-09-29"))
                .then().statusCode(201);
        append(INVESTIGATOR, caseId, "DocumentServed", Map.of("document", "行政处罚决定书", "method", "DIRECT",
                "servedTo", "张三", "servedAt", "2026-09-30T10:00:00+08:00")).then().statusCode(201);
        append(INVESTIGATOR, caseId, "DecisionExecuted", Map.of("how", "当事人自动履行", "amountPaid", 2000,
                "executedAt", "2026-10-15T10:00:00+08:00")).then().statusCode(201);
        append(INVESTIGATOR, caseId, "CaseClosed", Map.of("summary", "罚款已缴纳", "closedAt", "2026-10-16T10:00:00+08:00"))
                .then().statusCode(201);
        append(INVESTIGATOR, caseId, "CaseArchived", Map.of("retentionClass", "LONG", "retentionYears", 30))
                .then().statusCode(201).body("status", equalTo("ARCHIVED"));
        return caseId;
    }

    /** Exports once the last event is under a signed checkpoint (the sequencer and issuer run every second). */
    static CaseArchive export(String caseId) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        Response response;
        do {
            response = given().auth().oauth2(INVESTIGATOR).queryParam("purpose", "归档核验").get("/api/v1/cases/" + caseId + "/archive");
            if (response.statusCode() == 200) {
                return JSON.readValue(response.asString(), CaseArchive.class);
            }
            Thread.sleep(300);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("no archive within 30 s: " + response.statusCode() + " " + response.asString());
    }

    /** Trusts the keys the log publishes at /audit/keys, as a user of the offline verifier is told to. */
    static ArchiveVerifier logVerifier() {
        List<String> fingerprints = given().get("/api/v1/audit/keys").then().statusCode(200)
                .extract().path("keys.fingerprint");
        return ArchiveVerifier.trusting(fingerprints);
    }

    @Test
    @DisplayName("R-ARCHIVE: an archived case exports as a package that verifies offline; a changed event in it is named")
    void exportVerifiesOffline() throws Exception {
        String caseId = archivedCase();
        CaseArchive archive = export(caseId);
        assertEquals(11, archive.events().size());
        assertEquals(1, archive.evidence().size());
        assertEquals("LONG", archive.retentionClass());
        Verdict verdict = logVerifier().verify(archive);
        assertTrue(verdict.verified(), verdict.summary());

        CaseArchive.Event drafted = archive.events().get(3);
        ((ObjectNode) drafted.data()).put("fineAmount", 200);
        Verdict tampered = logVerifier().verify(archive);
        assertFalse(tampered.verified());
        assertTrue(tampered.firstProblem().startsWith("event version 4 (" + drafted.eventId() + ", DecisionDrafted)"),
                tampered.firstProblem());
    }

    @Test
    @DisplayName("R-TAMPER: a row changed directly in PostgreSQL is caught by /audit/verify and by the offline verifier")
    void directDatabaseEditIsCaught() throws Exception {
        String caseId = archivedCase();
        export(caseId); // every event is under a checkpoint now
        try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement()) {
            sql.execute("set session_replication_role = replica"); // bypasses the append-only triggers
            sql.executeUpdate("update case_events set data = jsonb_set(data, '{fineAmount}', '200') where case_id = '"
                    + caseId + "' and version = 4");
        }
        given().auth().oauth2(gov.enforcement.testing.TestTokens.withRole("auditor", gov.enforcement.testing.TestAgencies.AGENCY_A))
                .queryParam("caseId", caseId).get("/api/v1/audit/verify").then().statusCode(200)
                .body("verified", equalTo(false));
        Verdict verdict = logVerifier().verify(export(caseId));
        assertFalse(verdict.verified());
        assertTrue(verdict.firstProblem().startsWith("event version 4"), verdict.firstProblem());
    }

    @Test
    @DisplayName("R-ARCHIVE: right after archiving the export answers 409 with Retry-After until a checkpoint covers the case, never 400")
    void exportBeforeTheCheckpointIsRetried() throws Exception {
        String caseId = archivedCase();
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            Response response = given().auth().oauth2(INVESTIGATOR).queryParam("purpose", "归档核验")
                    .get("/api/v1/cases/" + caseId + "/archive");
            if (response.statusCode() == 200) {
                break;
            }
            assertEquals(409, response.statusCode(), response.asString());
            assertEquals("2", response.header("Retry-After"));
            assertTrue(response.contentType().startsWith("application/problem+json"));
            assertTrue(Instant.now().isBefore(deadline), "no checkpoint within 30 s");
            Thread.sleep(50);
        }
    }

    @Test
    @DisplayName("R-ARCHIVE, X-INTERFERE: an interference recorded after archiving does not lose the archive's retention class")
    void retentionIsReadFromTheArchivingStep() throws Exception {
        String caseId = archivedCase();
        append(INVESTIGATOR, caseId, "InterferenceRecorded", Map.of("person", "某来电人", "description", "询问归档情况",
                "occurredAt", "2026-10-20T09:00:00+08:00")).then().statusCode(201);
        CaseArchive archive = export(caseId);
        assertEquals(12, archive.events().size());
        assertEquals("LONG", archive.retentionClass());
        assertEquals(Integer.valueOf(30), archive.retentionYears());
    }

    @Test
    @DisplayName("R-ARCHIVE: a case that is not archived is not exported; the export needs a purpose")
    void onlyArchivedCasesExport() {
        String caseId = draftedCase(2_000);
        given().auth().oauth2(INVESTIGATOR).queryParam("purpose", "归档").get("/api/v1/cases/" + caseId + "/archive")
                .then().statusCode(422).body("rule", equalTo("R-ARCHIVE"));
        given().auth().oauth2(INVESTIGATOR).get("/api/v1/cases/" + caseId + "/archive").then().statusCode(422)
                .body("rule", equalTo("R-ACCESS"));
    }

}
