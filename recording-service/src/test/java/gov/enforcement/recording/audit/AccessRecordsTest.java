package gov.enforcement.recording.audit;

import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static gov.enforcement.recording.audit.AuditApi.AUDITOR;
import static gov.enforcement.recording.audit.AuditApi.OFFICER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class AccessRecordsTest {

    private static JsonPath accessOf(String caseId, String... query) {
        var request = given().auth().oauth2(AUDITOR).queryParam("caseId", caseId);
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam(query[i], query[i + 1]);
        }
        return request.get("/api/v1/audit/access").then().statusCode(200).extract().jsonPath();
    }

    /** The case's access records once the sequencer has made every one a leaf. */
    private static JsonPath awaitLeaves(String caseId, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            JsonPath page = accessOf(caseId);
            if (page.getList("records").size() == count && !page.getList("records.leafIndex").contains(null)) {
                return page;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("access records of " + caseId + " never all became leaves: " + page.prettify());
            }
            Thread.sleep(100);
        }
    }

    @Test
    @DisplayName("R-ACCESS: reading a case's state leaves an access record; an auditor lists it and proves it in the log")
    void caseStateReadsAreRecordedAndListed() throws Exception {
        String caseId = AuditApi.registerCase().caseId();
        given().auth().oauth2(OFFICER).queryParam("purpose", "办案核对").get("/api/v1/cases/" + caseId).then().statusCode(200);
        given().auth().oauth2(AUDITOR).get("/api/v1/cases/" + caseId).then().statusCode(200);

        JsonPath listed = awaitLeaves(caseId, 2);
        assertEquals("officer-HB-0001", listed.getString("records[0].actor"));
        assertEquals(TestAgencies.AGENCY_A, listed.getString("records[0].agency"));
        assertEquals("办案核对", listed.getString("records[0].purpose"));
        assertEquals("case state", listed.getString("records[0].what"));
        assertEquals("auditor-" + TestAgencies.AGENCY_A, listed.getString("records[1].actor"));
        assertEquals("(not stated)", listed.getString("records[1].purpose"));

        // the listed leaf bytes hash to the leaf the public inclusion proof proves into a signed checkpoint
        String accessId = listed.getString("records[0].accessId");
        JsonPath proof = AuditApi.awaitInclusion(accessId);
        assertEquals(proof.getLong("leafIndex"), listed.getLong("records[0].leafIndex"));
        byte[] leaf = Base64.getDecoder().decode(listed.getString("records[0].leaf"));
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update((byte) 0);
        String leafHash = Base64.getEncoder().encodeToString(sha256.digest(leaf));
        assertEquals(proof.getString("leafHash"), leafHash);
        assertEquals(leafHash, listed.getString("records[0].leafHash"));

        // paged and filtered
        JsonPath first = accessOf(caseId, "limit", "1");
        assertEquals(1, first.getList("records").size());
        assertEquals(accessId, first.getString("next"));
        given().auth().oauth2(AUDITOR).queryParam("caseId", caseId).queryParam("after", accessId)
                .get("/api/v1/audit/access").then().statusCode(200)
                .body("records.size()", equalTo(1)).body("records[0].actor", equalTo("auditor-" + TestAgencies.AGENCY_A))
                .body("next", nullValue());
        assertEquals(1, accessOf(caseId, "actor", "officer-HB-0001").getList("records").size());
        assertEquals(0, accessOf(caseId, "agency", TestAgencies.AGENCY_B).getList("records").size());
        assertEquals(0, accessOf(caseId, "from", Instant.now().plusSeconds(60).toString()).getList("records").size());
    }

    @Test
    @DisplayName("R-ACCESS: only auditors list access records; bad filters are 400 naming the field")
    void onlyAuditorsList() {
        given().auth().oauth2(OFFICER).get("/api/v1/audit/access").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.withRole("reviewer", TestAgencies.AGENCY_A)).get("/api/v1/audit/access").then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.withRole("admin", TestAgencies.AGENCY_A)).get("/api/v1/audit/access").then()
                .statusCode(403);
        given().get("/api/v1/audit/access").then().statusCode(401);
        given().auth().oauth2(AUDITOR).queryParam("limit", "501").get("/api/v1/audit/access").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(AUDITOR).queryParam("from", "yesterday").get("/api/v1/audit/access").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().auth().oauth2(AUDITOR).queryParam("caseId", "1 or 1=1").get("/api/v1/audit/access").then().statusCode(400)
                .body("errors[0].field", equalTo("caseId"));
        given().auth().oauth2(OFFICER).queryParam("purpose", " ").get("/api/v1/cases/" + AuditApi.registerCase().caseId())
                .then().statusCode(422).body("rule", equalTo("R-ACCESS")).body("errors[0].field", equalTo("purpose"));
    }
}
