package gov.enforcement.disclosure.publicapi;

import gov.enforcement.disclosure.CaseStory;
import gov.enforcement.disclosure.search.Searches;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestDatabase;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class PublicApiTest {

    static final String CLERK = TestTokens.withRole("disclosure-clerk", TestAgencies.AGENCY_A);

    static String published(CaseStory story, LocalDate decidedOn) {
        String id = story.issuedAndRecorded("PENALTY", "未依法支付劳动报酬", decidedOn);
        given().auth().oauth2(CLERK).post("/api/v1/disclosures/" + id + "/publish").then().statusCode(200);
        return id;
    }

    @Test
    @DisplayName("public search by agency, category, dates and Chinese text (2 and more characters), without a token; names are searchable only masked")
    void search() {
        String id = published(new CaseStory(TestAgencies.AGENCY_A), LocalDate.of(2026, 9, 29));
        String base = "/api/v1/public/decisions?agency=" + TestAgencies.AGENCY_A + "&category=PENALTY&from=2026-09-29&to=2026-09-29&size=100";
        given().get(base).then().statusCode(200).body("items.disclosureId", hasItem(id));
        given().get(base + "&q=恒信").then().statusCode(200).body("items.disclosureId", hasItem(id));
        given().get(base + "&q=劳务有限公司").then().statusCode(200).body("items.disclosureId", hasItem(id));
        given().get(base + "&q=张**").then().statusCode(200).body("items.disclosureId", hasItem(id));
        given().get(base + "&q=" + CaseStory.PERSON).then().statusCode(200).body("items.disclosureId", not(hasItem(id)));
        given().get(base + "&q=%25%25").then().statusCode(200).body("items.disclosureId", not(hasItem(id)));
        given().get(base.replace("from=2026-09-29", "from=2026-09-30").replace("to=2026-09-29", "to=2026-10-30"))
                .then().statusCode(200).body("items.disclosureId", not(hasItem(id)));
    }

    @Test
    @DisplayName("search parameters out of range are refused with a 400 problem")
    void bounds() {
        for (String bad : new String[]{"size=101", "page=101", "q=x", "q=" + "罚".repeat(51), "from=2026-02-30",
                "from=2026-03-01&to=2026-02-01", "agency=123", "category=FINE", "page=-1", "cursor=x",
                "cursor=" + "A".repeat(101), "page=2&cursor=MS4xMjMuMTIz"}) {
            given().get("/api/v1/public/decisions?" + bad).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", org.hamcrest.Matchers.hasSize(org.hamcrest.Matchers.greaterThan(0)));
        }
    }

    @Test
    @DisplayName("D-PERIOD: when the publicity period ends the decision leaves the public search and its page")
    void periodEnds() throws Exception {
        String id = published(new CaseStory(TestAgencies.AGENCY_A), LocalDate.of(2026, 9, 29));
        try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement()) {
            sql.executeUpdate("update disclosures set public_until = current_date - 2 where disclosure_id = '" + id + "'");
        }
        given().get("/api/v1/public/decisions/" + id).then().statusCode(410).body("rule", equalTo("D-PERIOD"));
        // the index follows the row within a second (search.PublicSearchTest measures freshness)
        Searches.await("/api/v1/public/decisions?agency=" + TestAgencies.AGENCY_A + "&size=100", id, false);
        given().auth().oauth2(CLERK).get("/api/v1/disclosures/" + id).then().statusCode(200)
                .body("obligation.status", equalTo("PUBLISHED"));
    }

    @Test
    @DisplayName("D-ONE-ENTRY: the public feed and the daily JSON Lines dump carry the publication, redacted")
    void feedAndDump() {
        String id = published(new CaseStory(TestAgencies.AGENCY_A), LocalDate.of(2026, 9, 29));
        String feed = given().get("/api/v1/public/feed?after=0&limit=500").then().statusCode(200)
                .body("entries.disclosureId", hasItem(id)).extract().asString();
        assertFalse(feed.contains(CaseStory.PERSON_ID), feed);
        given().get("/api/v1/public/feed?limit=501").then().statusCode(400);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String dump = given().get("/api/v1/public/dumps/" + today + ".jsonl").then().statusCode(200)
                .contentType(containsString("application/jsonl")).extract().asString();
        assertTrue(dump.contains(id), dump);
        assertFalse(dump.contains(CaseStory.PERSON_ID) || dump.contains(CaseStory.PHONE), dump);
        given().get("/api/v1/public/dumps/2999-01-01.jsonl").then().statusCode(400);
        given().get("/api/v1/public/dumps/2026-02-30.jsonl").then().statusCode(400);
    }

    @Test
    @DisplayName("D-PROGRESS: the party's code shows only that case's steps and result; the QR code is a PNG; a wrong code is 404")
    void progress() {
        CaseStory story = new CaseStory(TestAgencies.AGENCY_A);
        story.issuedAndRecorded("PENALTY", "未依法支付劳动报酬", LocalDate.of(2026, 9, 29));
        String code = given().auth().oauth2(CLERK).get("/api/v1/disclosures/cases/" + story.caseId + "/progress-code")
                .then().statusCode(200).extract().path("code");
        given().auth().oauth2(TestTokens.withRole("disclosure-clerk", TestAgencies.AGENCY_B))
                .get("/api/v1/disclosures/cases/" + story.caseId + "/progress-code").then().statusCode(403);
        String body = given().get("/api/v1/public/progress/" + code).then().statusCode(200)
                .body("steps.label", hasItem("立案")).body("steps.label", hasItem("作出决定"))
                .body("result.disclosure", equalTo("DRAFT")).extract().asString();
        assertFalse(body.contains(CaseStory.PERSON_ID) || body.contains(CaseStory.PERSON), body);
        byte[] png = given().get("/api/v1/public/progress/" + code + "/qr.png").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertTrue(png.length > 100 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G');
        given().get("/api/v1/public/progress/0000000000000000000A").then().statusCode(404);
        given().get("/api/v1/public/progress/' or 1=1").then().statusCode(404);
    }

    @jakarta.inject.Inject
    io.vertx.mutiny.sqlclient.Pool pool;

    @Test
    @DisplayName("searches are planned with their own values: the pool's sessions force custom plans")
    void searchesArePlannedWithTheirValues() {
        org.junit.jupiter.api.Assertions.assertEquals("force_custom_plan", pool.query("show plan_cache_mode").execute()
                .await().indefinitely().iterator().next().getString(0));
    }
}
