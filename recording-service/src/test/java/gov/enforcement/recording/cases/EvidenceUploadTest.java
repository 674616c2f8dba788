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

    /** An MP4 (ISO base media, brand isom) of {@code filler}: the signature is what the server checks. */
    static byte[] mp4(String filler) {
        return concat(new byte[]{0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm',
                'm', 'p', '4', '1'}, filler.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] jpeg(String filler) {
        return concat(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0},
                filler.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] concat(byte[] head, byte[] tail) {
        byte[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    static io.restassured.response.Response upload(String caseId, byte[] content, String type, String declaredSha) {
        return upload(caseId, content, type, "VIDEO", declaredSha);
    }

    static io.restassured.response.Response upload(String caseId, byte[] content, String type, String kind,
                                                   String declaredSha) {
        var request = given().auth().oauth2(INVESTIGATOR).contentType(type).body(content)
                .queryParam("kind", kind).queryParam("device", "执法记录仪 DSJ-01").queryParam("forStep", "InvestigationRecorded")
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
        byte[] video = mp4(("mp4 " + caseId).repeat(5000));
        upload(caseId, video, "video/mp4", sha256(video)).then().statusCode(201)
                .body("sha256", equalTo(sha256(video))).body("size", equalTo(video.length))
                .body("step.type", equalTo("AudioVisualRecorded"));
        assertTrue(Files.exists(BLOBS.resolve(sha256(video).substring(0, 2)).resolve(sha256(video))));
        assertEquals(sha256(video), TestDatabase.text("select data ->> 'sha256' from case_events where case_id = '"
                + caseId + "' and event_type = 'gov.enforcement.case.AudioVisualRecorded.v1'"));
    }

    @Test
    @DisplayName("R-AV: a declared hash that does not match what arrived, a refused type or a refused query keeps nothing")
    void mismatchesKeepNothing() throws Exception {
        String caseId = newCase();
        long blobsBefore = storedBlobs();
        byte[] photo = jpeg("photo " + caseId);
        upload(caseId, photo, "image/jpeg", "PHOTO", "0".repeat(64)).then().statusCode(422)
                .body("rule", equalTo("R-AV")).body("errors[0].field", equalTo("sha256"));
        upload(caseId, photo, "application/x-msdownload", null).then().statusCode(422).body("rule", equalTo("R-AV"));
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

    @Test
    @DisplayName("R-AV: content that is not what its Content-Type says, or a type its kind does not take, is refused"
            + " naming the field, and nothing is stored")
    void contentMustMatchTypeAndKind() throws Exception {
        String caseId = newCase();
        append(INVESTIGATOR, caseId, "InvestigationRecorded", investigation()).then().statusCode(201);
        long blobsBefore = storedBlobs();
        byte[] executable = ("MZ\u0090 this program cannot be run in DOS mode " + caseId).getBytes(StandardCharsets.ISO_8859_1);
        upload(caseId, executable, "image/jpeg", "PHOTO", null).then().statusCode(422)
                .contentType("application/problem+json").body("rule", equalTo("R-AV"))
                .body("errors[0].field", equalTo("body"));
        upload(caseId, jpeg("a photo " + caseId), "video/mp4", "VIDEO", null).then().statusCode(422)
                .body("rule", equalTo("R-AV")).body("errors[0].field", equalTo("body"));
        byte[] heic = concat(new byte[]{0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0},
                ("a still image " + caseId).getBytes(StandardCharsets.UTF_8));
        upload(caseId, heic, "video/mp4", "VIDEO", null).then().statusCode(422).body("errors[0].field", equalTo("body"));
        upload(caseId, mp4("a video " + caseId), "video/mp4", "PHOTO", null).then().statusCode(422)
                .body("rule", equalTo("R-AV")).body("errors[0].field", equalTo("Content-Type"));
        upload(caseId, new byte[0], "image/png", "PHOTO", null).then().statusCode(422).body("errors[0].field", equalTo("body"));
        assertEquals(blobsBefore, storedBlobs());
        assertEquals(2, CaseStepsResourceTest.eventsOf(caseId));

        upload(caseId, heic, "image/heic", "PHOTO", null).then().statusCode(201);
        upload(caseId, jpeg("a photo " + caseId), "image/jpeg", "BODY_CAMERA", null).then().statusCode(201);
    }

    @Test
    @DisplayName("R-AV: uploads of the same bytes racing, some refused: every accepted record's content stays readable")
    void refusedUploadsNeverRemoveSharedContent() throws Exception {
        String caseId = newCase();
        append(INVESTIGATOR, caseId, "InvestigationRecorded", investigation()).then().statusCode(201);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            int accepted = 0;
            for (int round = 0; round < 12; round++) {
                byte[] video = mp4(("round " + round + " of " + caseId).repeat(2000));
                java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    // half of them to a case that does not exist: their step is refused after the content arrived
                    String target = i % 2 == 0 ? caseId : java.util.UUID.randomUUID().toString();
                    answers.add(pool.submit(() -> upload(target, video, "video/mp4", null).statusCode()));
                }
                for (int i = 0; i < answers.size(); i++) {
                    assertEquals(i % 2 == 0 ? 201 : 404, answers.get(i).get().intValue());
                    accepted += i % 2 == 0 ? 1 : 0;
                }
                Path stored = BLOBS.resolve(sha256(video).substring(0, 2)).resolve(sha256(video));
                assertTrue(Files.exists(stored), "round " + round + ": the accepted records' content is gone");
                assertEquals(sha256(video), sha256(Files.readAllBytes(stored)));
            }
            assertEquals(48, accepted);
            assertEquals(2 + 48, CaseStepsResourceTest.eventsOf(caseId));
        } finally {
            pool.shutdownNow();
        }
    }
}
