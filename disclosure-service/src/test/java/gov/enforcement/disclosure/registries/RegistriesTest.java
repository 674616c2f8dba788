package gov.enforcement.disclosure.registries;

import gov.enforcement.disclosure.PublishedContract;
import gov.enforcement.events.Topics;
import gov.enforcement.testing.ReceivedRecord;
import gov.enforcement.testing.KafkaTestConsumer;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class RegistriesTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String AGENCY = TestAgencies.AGENCY_A;
    static final String CLERK = TestTokens.withRole("disclosure-clerk", AGENCY);
    static final String JUSTICE = TestTokens.withRole("admin", AGENCY);
    /** Another agency's admin: it reads every agency's registry, but confirms and withdraws only its own. */
    static final String OTHER_ADMIN = TestTokens.withRole("admin", TestAgencies.AGENCY_B);

    static String submit(String certificate, LocalDate validTo) {
        return given().auth().oauth2(CLERK).contentType(ContentType.JSON)
                .body(Map.of("name", "李明", "position", "科员", "enforcementType", "劳动保障监察", "certificate", certificate,
                        "validFrom", "2024-01-01", "validTo", validTo.toString()))
                .post("/api/v1/registries/officers").then().statusCode(200).extract().path("entryId");
    }

    @Test
    @DisplayName("D-PRE-OFFICERS: an officer is public only after the justice bureau's confirmation (never another agency's admin), until withdrawn or the certificate expires")
    void officers() {
        String certificate = "HB-" + System.nanoTime();
        String id = submit(certificate, LocalDate.now().plusYears(2));
        given().get("/api/v1/public/officers?agency=" + AGENCY).then().statusCode(200).body("certificate", not(hasItem(certificate)));
        given().auth().oauth2(CLERK).contentType(ContentType.JSON).body("{\"approved\":true}")
                .post("/api/v1/registries/officers/" + id + "/approval").then().statusCode(403);
        given().auth().oauth2(OTHER_ADMIN).contentType(ContentType.JSON).body("{\"approved\":true}")
                .post("/api/v1/registries/officers/" + id + "/approval").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(JUSTICE).contentType(ContentType.JSON).body("{\"approved\":true,\"note\":\"核实\"}")
                .post("/api/v1/registries/officers/" + id + "/approval").then().statusCode(200);
        given().get("/api/v1/public/officers?agency=" + AGENCY).then().statusCode(200).body("certificate", hasItem(certificate));
        registry(Topics.REGISTRY_EVENTS, r -> id.equals(r.key()) && r.valueAsString().contains("OfficerListed"), 1, WAIT);
        given().auth().oauth2(TestTokens.withRole("disclosure-clerk", TestAgencies.AGENCY_B))
                .post("/api/v1/registries/officers/" + id + "/withdrawal").then().statusCode(403);
        given().auth().oauth2(OTHER_ADMIN).post("/api/v1/registries/officers/" + id + "/withdrawal").then().statusCode(403);
        given().auth().oauth2(CLERK).post("/api/v1/registries/officers/" + id + "/withdrawal").then().statusCode(200);
        given().auth().oauth2(CLERK).post("/api/v1/registries/officers/" + id + "/withdrawal").then().statusCode(422)
                .body("rule", equalTo("D-PRE-OFFICERS"));
        given().get("/api/v1/public/officers?agency=" + AGENCY).then().statusCode(200).body("certificate", not(hasItem(certificate)));
        registry(Topics.REGISTRY_EVENTS, r -> id.equals(r.key()) && r.valueAsString().contains("\"WITHDRAWN\""), 1, WAIT);

        String expired = "HB-X-" + System.nanoTime();
        String old = submit(expired, LocalDate.now().minusDays(1));
        given().auth().oauth2(JUSTICE).contentType(ContentType.JSON).body("{\"approved\":true}")
                .post("/api/v1/registries/officers/" + old + "/approval").then().statusCode(200);
        given().get("/api/v1/public/officers?agency=" + AGENCY).then().statusCode(200).body("certificate", not(hasItem(expired)));
        registry(Topics.REGISTRY_EVENTS, r -> old.equals(r.key()) && r.valueAsString().contains("OfficerDelisted"), 1, WAIT);
        given().get("/api/v1/public/officers").then().statusCode(400);
    }

    @Test
    @DisplayName("D-PRE-POWERS: a powers-list entry is public with its attachments, hashed here")
    void powers() {
        String id = given().auth().oauth2(CLERK).contentType(ContentType.JSON)
                .body(Map.of("matter", "对拖欠劳动报酬的行政处罚", "legalBasis", "《劳动保障监察条例》第二十六条",
                        "acceptingBody", "劳动保障监察监督局", "remedies", "行政复议或行政诉讼"))
                .post("/api/v1/registries/powers").then().statusCode(200).extract().path("entryId");
        byte[] guide = "%PDF-1.4 办事指南".getBytes(StandardCharsets.UTF_8);
        String sha = given().auth().oauth2(CLERK).contentType("application/pdf").body(guide)
                .post("/api/v1/registries/powers/" + id + "/attachments?name=办事指南.pdf").then().statusCode(200)
                .extract().path("sha256");
        JsonPath list = given().get("/api/v1/public/powers?agency=" + AGENCY).then().statusCode(200).extract().jsonPath();
        String href = list.getString("find { it.entryId == '" + id + "' }.attachments[0].href");
        assertEquals(sha, list.getString("find { it.entryId == '" + id + "' }.attachments[0].sha256"));
        assertEquals("%PDF-1.4 办事指南", new String(given().get(href).then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8));
        registry(Topics.REGISTRY_EVENTS,
                r -> id.equals(r.key()) && r.valueAsString().contains("PowerPublished") && r.valueAsString().contains(sha), 1, WAIT);
    }

    @Test
    @DisplayName("P-MASTER, D-PRE-POWERS: a powers-list entry names its matter by a code, unique in the agency's list, published in PowerPublished")
    void codedMatters() {
        String code = "RS-CF-" + System.nanoTime();
        Map<String, Object> power = Map.of("matterCode", code, "matter", "对未按时足额支付劳动报酬的行政处罚",
                "legalBasis", "《劳动保障监察条例》第二十六条");
        String id = given().auth().oauth2(CLERK).contentType(ContentType.JSON).body(power)
                .post("/api/v1/registries/powers").then().statusCode(200).extract().path("entryId");
        given().auth().oauth2(CLERK).contentType(ContentType.JSON).body(power)
                .post("/api/v1/registries/powers").then().statusCode(409);
        given().auth().oauth2(CLERK).contentType(ContentType.JSON).body(Map.of("matterCode", "代码 1", "matter", "x",
                "legalBasis", "y")).post("/api/v1/registries/powers").then().statusCode(400)
                .body("errors[0].field", equalTo("matterCode"));
        given().get("/api/v1/public/powers?agency=" + AGENCY).then().statusCode(200)
                .body("find { it.entryId == '" + id + "' }.matterCode", equalTo(code));
        registry(Topics.REGISTRY_EVENTS, r -> id.equals(r.key()) && r.valueAsString().contains("\"matterCode\":\"" + code + "\""),
                1, WAIT);
    }

    @Test
    @DisplayName("D-PRE-RANDOM: the seed hash is public before the draw, the seed after; anyone recomputes the same picks")
    void verifiableDraw() {
        String suffix = String.valueOf(System.nanoTime());
        for (int i = 0; i < 6; i++) {
            given().auth().oauth2(CLERK).contentType(ContentType.JSON).body(Map.of("name", "企业" + i, "code", "E" + suffix + i))
                    .post("/api/v1/registries/random/entities").then().statusCode(200);
        }
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(CLERK).contentType(ContentType.JSON).body(Map.of("name", "检查员" + i, "code", "I" + suffix + i))
                    .post("/api/v1/registries/random/inspectors").then().statusCode(200);
        }
        given().auth().oauth2(CLERK).contentType(ContentType.JSON).body(Map.of("name", "工资支付检查", "code", "ITEM" + suffix))
                .post("/api/v1/registries/random/items").then().statusCode(200);
        String drawId = given().auth().oauth2(CLERK).contentType(ContentType.JSON)
                .body(Map.of("item", "工资支付检查", "targets", 2, "inspectors", 2))
                .post("/api/v1/registries/draws").then().statusCode(200).extract().path("drawId");
        given().get("/api/v1/public/inspections/" + drawId).then().statusCode(200).body("seed", nullValue());

        given().auth().oauth2(CLERK).post("/api/v1/registries/draws/" + drawId + "/reveal").then().statusCode(200);
        given().auth().oauth2(CLERK).post("/api/v1/registries/draws/" + drawId + "/reveal").then().statusCode(422);
        JsonPath draw = given().get("/api/v1/public/inspections/" + drawId).then().statusCode(200).extract().jsonPath();
        String seed = draw.getString("seed");
        assertEquals(draw.getString("seedHash"), RandomDraw.hash(seed));
        assertEquals(ids(RandomDraw.pick(seed, "targets", candidates(draw.getList("entities")), 2)), draw.getList("targets.id"));
        assertEquals(ids(RandomDraw.pick(seed, "inspectors", candidates(draw.getList("inspectors")), 2)),
                draw.getList("pickedInspectors.id"));
        given().get("/api/v1/public/inspections/lists?agency=" + AGENCY).then().statusCode(200).body("code", hasItem("ITEM" + suffix));
        registry(Topics.REGISTRY_EVENTS, r -> drawId.equals(r.key()), 2, WAIT);
        given().get("/api/v1/public/inspections?agency=" + AGENCY).then().statusCode(200).body("drawId", hasItem(drawId))
                .body("find { it.drawId == '" + drawId + "' }.seed", equalTo(seed));
    }

    /** Registry events of an entry, each checked against the published contract. */
    static List<ReceivedRecord> registry(String topic, java.util.function.Predicate<ReceivedRecord> filter, int count,
                                         Duration wait) {
        List<ReceivedRecord> found = KafkaTestConsumer.awaitRecords(topic, filter, count, wait);
        found.forEach(r -> PublishedContract.assertValid(r.valueAsString()));
        return found;
    }

    static List<RandomDraw.Candidate> candidates(List<Map<String, String>> json) {
        List<RandomDraw.Candidate> out = new ArrayList<>();
        json.forEach(c -> out.add(new RandomDraw.Candidate(c.get("id"), c.get("name"), c.get("code"))));
        return out;
    }

    static List<String> ids(List<RandomDraw.Candidate> picks) {
        return picks.stream().map(RandomDraw.Candidate::id).toList();
    }

    @Test
    @DisplayName("D-PRE-POWERS: an attachment is a document or image checked by content (415 for a page type, 422 for a disguised one), served as a sandboxed download")
    void attachmentsAreCheckedDownloads() throws Exception {
        String id = given().auth().oauth2(CLERK).contentType(ContentType.JSON)
                .body(Map.of("matter", "对拖欠劳动报酬的行政处罚", "legalBasis", "《劳动保障监察条例》第二十六条"))
                .post("/api/v1/registries/powers").then().statusCode(200).extract().path("entryId");
        String path = "/api/v1/registries/powers/" + id + "/attachments?name=";
        byte[] page = "<html><script>fetch('/api/v1/cases')</script></html>".getBytes(StandardCharsets.UTF_8);
        given().auth().oauth2(CLERK).contentType("text/html").body(page).post(path + "guide.html").then().statusCode(415)
                .contentType("application/problem+json").body("errors.field", hasItem("Content-Type"));
        given().auth().oauth2(CLERK).contentType("image/svg+xml").body(page).post(path + "guide.svg").then().statusCode(415);
        given().auth().oauth2(CLERK).contentType("application/pdf").body(page).post(path + "guide.pdf").then().statusCode(422)
                .contentType("application/problem+json").body("rule", equalTo("D-PRE-POWERS")).body("errors.field", hasItem("body"));
        assertEquals(0, gov.enforcement.testing.TestDatabase.count(
                "select count(*) from registry_power_attachments where entry_id = '" + id + "'"));

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};
        String attachment = given().auth().oauth2(CLERK).contentType("image/png").body(png)
                .queryParam("name", "流程图\"\r\nSet-Cookie: x=1.html")
                .post("/api/v1/registries/powers/" + id + "/attachments").then().statusCode(200).extract().path("attachmentId");
        String href = "/api/v1/public/powers/" + id + "/attachments/" + attachment;
        given().get(href).then().statusCode(200).contentType("image/png")
                .header("Content-Disposition", startsWith("attachment; filename=\"")).header("Content-Disposition", endsWith(".png"))
                .header("X-Content-Type-Options", "nosniff").header("Content-Security-Policy", "sandbox; default-src 'none'");

        // a page stored before types were checked is handed out as bytes to download, never as a page
        try (java.sql.Connection db = gov.enforcement.testing.TestDatabase.connect(); java.sql.Statement sql = db.createStatement()) {
            sql.executeUpdate("update registry_power_attachments set media_type = 'text/html', content = '\\x"
                    + java.util.HexFormat.of().formatHex(page) + "' where attachment_id = '" + attachment + "'");
        }
        given().get(href).then().statusCode(200).contentType("application/octet-stream")
                .header("Content-Disposition", startsWith("attachment;")).header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'");
    }
}
