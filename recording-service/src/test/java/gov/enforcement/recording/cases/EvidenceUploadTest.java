package gov.enforcement.recording.cases;

import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;

import static gov.enforcement.recording.cases.CaseStepsResourceTest.INVESTIGATOR;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.append;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.investigation;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.newCase;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class EvidenceUploadTest {

    static final Path BLOBS = Path.of("target/test-blobs");

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static long storedBlobs() throws Exception {
        if (!Files.exists(BLOBS)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(BLOBS)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    static io.restassured.response.Response upload(String caseId, byte[] content, String type, String declaredSha) {
        var request = given().auth().oauth2(INVESTIGATOR).contentType(type).body(content)
                .queryParam("kind", "VIDEO").queryParam("device", "执法记录仪 DSJ-01").queryParam("forStep", "InvestigationRecorded")
                .queryParam("startedAt", "2026-09-20T09:00:00+08:00").queryParam("endedAt", "2026-09-20T09:30:00+08:00")
                .queryParam("place", "石家庄市长安区");
        if (declaredSha != null) {
            request = request.header("X-Content-SHA256", declaredSha);
        }
        return request.post("/api/v1/cases/" + caseId + "/evidence");
    }

    @Test
    @DisplayName("R-AV: the content is streamed, hashed by the server and stored by its hash; the step carries the metadata")
    void uploadIsHashedServerSide() throws Exception {
        String caseId = newCase();
        append(INVESTIGATOR, caseId, "InvestigationRecorded", investigation()).then().statusCode(201);
        byte[] video = ("fake mp4 " + caseId).repeat(5000).getBytes(StandardCharsets.UTF_8);
        upload(caseId, video, "video/mp4", sha256(video)).then().statusCode(201)
                .body("sha256", equalTo(sha256(video))).body("size", equalTo(video.length))
                .body("step.type", equalTo("AudioVisualRecorded"));
        assertTrue(Files.exists(BLOBS.resolve(sha256(video).substring(0, 2)).resolve(sha256(video))));
        assertEquals(sha256(video), TestDatabase.text("select data ->> 'sha256' from case_events where case_id = '"
                + caseId + "' and event_type = 'gov.enforcement.case.AudioVisualRecorded.v1'"));
    }

    @Test
    @DisplayName("R-AV: a declared hash that does not match what arrived, a refused type or a refused step keeps nothing")
    void mismatchesKeepNothing() throws Exception {
        String caseId = newCase();
        long blobsBefore = storedBlobs();
        byte[] photo = ("photo " + caseId).getBytes(StandardCharsets.UTF_8);
        upload(caseId, photo, "image/jpeg", "0".repeat(64)).then().statusCode(422)
                .body("rule", equalTo("R-AV")).body("errors[0].field", equalTo("sha256"));
        upload(caseId, photo, "application/x-msdownload", null).then().statusCode(422).body("rule", equalTo("R-AV"));
        given().auth().oauth2(INVESTIGATOR).contentType("image/jpeg").body(photo).queryParam("kind", "PHOTO")
                .post("/api/v1/cases/" + java.util.UUID.randomUUID() + "/evidence").then().statusCode(404);
        given().auth().oauth2(INVESTIGATOR).contentType("image/jpeg").body(photo).queryParam("kind", "SELFIE")
                .post("/api/v1/cases/" + caseId + "/evidence").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(INVESTIGATOR).contentType("image/jpeg").body(photo).queryParam("kind", "PHOTO")
                .queryParam("startedAt", "\u0000").post("/api/v1/cases/" + caseId + "/evidence").then().statusCode(400)
                .body("errors[0].field", equalTo("startedAt"));
        given().auth().oauth2(INVESTIGATOR).contentType("image/jpeg").body(photo).queryParam("kind", "PHOTO")
                .queryParam("endedAt", "yesterday").post("/api/v1/cases/" + caseId + "/evidence").then().statusCode(400)
                .body("errors[0].field", equalTo("endedAt"));
        assertEquals(blobsBefore, storedBlobs());
        assertEquals(1, CaseStepsResourceTest.eventsOf(caseId));
    }
}
