package gov.enforcement.recording.cases;

import gov.enforcement.testing.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static gov.enforcement.recording.cases.CaseStepsResourceTest.INVESTIGATOR;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.append;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.eventsOf;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.investigation;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.newCase;
import static gov.enforcement.recording.cases.EvidenceUploadTest.jpeg;
import static gov.enforcement.recording.cases.EvidenceUploadTest.storedBlobs;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** R-AV and R-AV-REQUIRED: audio-visual records come only from uploads, and cover each occurrence of a step. */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class AudioVisualRecordsTest {

    static Map<String, Object> onSiteInspection() {
        Map<String, Object> data = new HashMap<>(investigation());
        data.put("kind", "ON_SITE_INSPECTION");
        return data;
    }

    static Response photoFor(String caseId, String forStep) {
        var request = given().auth().oauth2(INVESTIGATOR).contentType("image/jpeg").body(jpeg("photo " + UUID.randomUUID()))
                .queryParam("kind", "PHOTO").queryParam("device", "执法记录仪 DSJ-01")
                .queryParam("startedAt", "2026-09-20T09:10:00+08:00").queryParam("place", "石家庄市长安区");
        if (forStep != null) {
            request = request.queryParam("forStep", forStep);
        }
        return request.post("/api/v1/cases/" + caseId + "/evidence");
    }

    static List<String> missingAudioVisual(String caseId) {
        return given().auth().oauth2(INVESTIGATOR).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .extract().path("missingAudioVisual");
    }

    @Test
    @DisplayName("R-AV: an AudioVisualRecorded step appended by hand (any hash, any certificate, no upload) is refused; the inspection stays flagged")
    void audioVisualRecordCannotBeForgedAsAStep() {
        String caseId = newCase();
        append(INVESTIGATOR, caseId, "InvestigationRecorded", onSiteInspection()).then().statusCode(201);
        Map<String, Object> forged = new HashMap<>();
        forged.put("evidenceId", UUID.randomUUID().toString());
        forged.put("kind", "VIDEO");
        forged.put("device", "无");
        forged.put("certificate", "HB-0002");
        forged.put("forStep", "InvestigationRecorded");
        forged.put("startedAt", "2026-09-20T09:00:00+08:00");
        forged.put("sha256", "a".repeat(64));
        append(INVESTIGATOR, caseId, "AudioVisualRecorded", forged).then().statusCode(422)
                .body("rule", equalTo("R-AV")).body("errors.field", hasItem("type"));
        assertEquals(2, eventsOf(caseId));
        assertEquals(List.of("InvestigationRecorded"), missingAudioVisual(caseId));
    }

    @Test
    @DisplayName("R-AV-REQUIRED: an upload without forStep, or naming no known step, is refused naming forStep (not 500); nothing is stored")
    void uploadMustNameAKnownStep() throws Exception {
        String caseId = newCase();
        long blobsBefore = storedBlobs();
        photoFor(caseId, null).then().statusCode(422).body("rule", equalTo("R-AV-REQUIRED"))
                .body("errors[0].field", equalTo("forStep"));
        photoFor(caseId, "Lunch").then().statusCode(422).body("errors[0].field", equalTo("forStep"));
        photoFor(caseId, "AudioVisualRecorded").then().statusCode(422).body("errors[0].field", equalTo("forStep"));
        assertEquals(blobsBefore, storedBlobs());
        assertEquals(1, eventsOf(caseId));
    }

    @Test
    @DisplayName("R-AV-REQUIRED: the catalogue is matched per occurrence: two on-site inspections with one photo leave the second flagged")
    void eachOccurrenceNeedsItsRecord() {
        String caseId = newCase();
        photoFor(caseId, "InvestigationRecorded").then().statusCode(201); // filmed first, written up after
        append(INVESTIGATOR, caseId, "InvestigationRecorded", onSiteInspection()).then().statusCode(201);
        assertEquals(List.of(), missingAudioVisual(caseId));
        append(INVESTIGATOR, caseId, "InvestigationRecorded", onSiteInspection()).then().statusCode(201);
        assertEquals(List.of("InvestigationRecorded"), missingAudioVisual(caseId));
        photoFor(caseId, "InvestigationRecorded").then().statusCode(201);
        given().auth().oauth2(INVESTIGATOR).get("/api/v1/cases/" + caseId).then().body("missingAudioVisual", empty());
    }
}
