package gov.enforcement.recording.cases;

import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestDatabase;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static gov.enforcement.recording.cases.CaseStepsResourceTest.INVESTIGATOR;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.append;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.investigation;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.newCase;
import static gov.enforcement.recording.cases.EvidenceUploadTest.mp4;
import static gov.enforcement.recording.cases.EvidenceUploadTest.sha256;
import static gov.enforcement.recording.cases.EvidenceUploadTest.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
@TestProfile(S3EvidenceTest.WithS3.class)
@DisplayName("R-AV with the S3 store: uploads go to the bucket and read back through the API, each read recorded")
class S3EvidenceTest {

    /** Its own profile: the S3 server below is started for this application only. */
    public static class WithS3 implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(S3EvidenceResource.class));
        }
    }

    @Test
    @DisplayName("an upload is stored in the bucket and its content reads back byte for byte, with the read in the access log")
    void uploadAndReadBack() throws Exception {
        String caseId = newCase();
        append(INVESTIGATOR, caseId, "InvestigationRecorded", investigation()).then().statusCode(201);
        byte[] video = mp4(("s3 " + caseId).repeat(3000));
        String hash = sha256(video);
        upload(caseId, video, "video/mp4", hash).then().statusCode(201).body("sha256", equalTo(hash));

        byte[] read = given().auth().oauth2(INVESTIGATOR).queryParam("purpose", "核对执法记录")
                .get("/api/v1/cases/" + caseId + "/evidence/" + hash)
                .then().statusCode(200).contentType("video/mp4").header("X-Content-SHA256", hash)
                .header("Content-Length", Integer.toString(video.length))
                .extract().asByteArray();
        assertArrayEquals(video, read);
        assertEquals("核对执法记录", TestDatabase.text("select purpose from access_log where case_id = '" + caseId
                + "' and what = 'evidence " + hash + "'"));
    }

    @Test
    @DisplayName("R-ACCESS: content another case names, another agency's case, or a malformed hash is not served")
    void onlyTheCasesOwnContentForItsOwnAgency() throws Exception {
        String caseId = newCase();
        append(INVESTIGATOR, caseId, "InvestigationRecorded", investigation()).then().statusCode(201);
        byte[] video = mp4(("own " + caseId).repeat(100));
        String hash = sha256(video);
        upload(caseId, video, "video/mp4", hash).then().statusCode(201);
        String otherCase = newCase();
        given().auth().oauth2(INVESTIGATOR).get("/api/v1/cases/" + otherCase + "/evidence/" + hash)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.officer(TestAgencies.AGENCY_B, "HB-0101"))
                .get("/api/v1/cases/" + caseId + "/evidence/" + hash).then().statusCode(403);
        given().auth().oauth2(INVESTIGATOR).get("/api/v1/cases/" + caseId + "/evidence/" + hash.toUpperCase())
                .then().statusCode(400).body("errors[0].field", equalTo("sha256"));
        given().get("/api/v1/cases/" + caseId + "/evidence/" + hash).then().statusCode(401);
    }
}
