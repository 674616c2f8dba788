package gov.enforcement.disclosure.portal;

import gov.enforcement.disclosure.CaseStory;
import gov.enforcement.events.EventTypes;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server-rendered portal, read as a browser without JavaScript would: plain HTML, forms with GET. */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class PortalTest {

    static final String CLERK = TestTokens.withRole("disclosure-clerk", TestAgencies.AGENCY_A);

    @Test
    @DisplayName("D-REDACT, D-CORRECT, D-WITHDRAW in the portal: search form, masked decision page with the 双公示 items, corrected mark, tombstone")
    void portal() throws InterruptedException {
        CaseStory story = new CaseStory(TestAgencies.AGENCY_A);
        String id = story.issuedAndRecorded("PENALTY", "未依法支付劳动报酬", LocalDate.of(2026, 9, 29));
        given().auth().oauth2(CLERK).post("/api/v1/disclosures/" + id + "/publish").then().statusCode(200);

        String list = given().get("/api/v1/public/portal?q=恒信&agency=" + TestAgencies.AGENCY_A).then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("行政执法决定公示"))
                .body(containsString("/api/v1/public/portal/decisions/" + id)).extract().asString();
        assertFalse(list.contains("<script"), "no JavaScript needed");

        String page = given().get("/api/v1/public/portal/decisions/" + id).then().statusCode(200)
                .body(containsString("违法事实")).body(containsString("处罚依据")).body(containsString("张**"))
                .body(containsString(CaseStory.ORG_CODE)).body(containsString("公示截止期"))
                .body(containsString("/api/v1/audit/proofs/inclusion?eventId=" + story.issuedEventId))
                .body(not(containsString("已更正"))).extract().asString();
        assertFalse(page.contains(CaseStory.PERSON_ID) || page.contains(CaseStory.PERSON) || page.contains(CaseStory.PHONE), page);

        given().auth().oauth2(CLERK).contentType("application/json").body("{\"reason\":\"更正处罚内容\",\"penaltyContent\":\"罚款人民币20000元；责令改正\"}")
                .post("/api/v1/disclosures/" + id + "/corrections").then().statusCode(200);
        given().get("/api/v1/public/portal/decisions/" + id).then().statusCode(200).body(containsString("已更正"))
                .body(containsString("更正处罚内容"));

        story.undone(EventTypes.DECISION_ORDERED_REMADE, "程序违法");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!given().get("/api/v1/public/portal/decisions/" + id).asString().contains("已撤下") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        given().get("/api/v1/public/portal/decisions/" + id).then().statusCode(200).body(containsString("已撤下"))
                .body(containsString("程序违法"));
    }

    @Test
    @DisplayName("D-PRE-OFFICERS, D-PRE-POWERS, D-PRE-RANDOM in the portal: the agency's registries page")
    void registries() {
        String admin = TestTokens.withRole("admin", TestAgencies.AGENCY_A);
        String id = given().auth().oauth2(CLERK).contentType("application/json")
                .body("{\"name\":\"赵敏\",\"position\":\"科长\",\"enforcementType\":\"劳动保障监察\",\"certificate\":\"P-"
                        + System.nanoTime() + "\",\"validFrom\":\"2024-01-01\",\"validTo\":\"2099-12-31\"}")
                .post("/api/v1/registries/officers").then().statusCode(200).extract().path("entryId");
        given().auth().oauth2(admin).contentType("application/json").body("{\"approved\":true}")
                .post("/api/v1/registries/officers/" + id + "/approval").then().statusCode(200);
        given().get("/api/v1/public/portal/registries?agency=" + TestAgencies.AGENCY_A).then().statusCode(200)
                .body(containsString("执法人员")).body(containsString("赵敏")).body(containsString("权责清单"))
                .body(containsString("双随机抽查"));
        given().get("/api/v1/public/portal/registries?agency=123").then().statusCode(400);
        given().get("/api/v1/public/portal/registries").then().statusCode(200).body(containsString("事前公开"));
    }

    @Test
    @DisplayName("the portal answers bad search input with the form and a message (400), and looks up progress by code")
    void badInputAndProgress() {
        given().get("/api/v1/public/portal?q=x").then().statusCode(400).body(containsString("查询条件有误"));
        given().get("/api/v1/public/portal/progress").then().statusCode(200).body(containsString("查询码"));
        given().get("/api/v1/public/portal/progress?code=nonsense").then().statusCode(404).body(containsString("未找到"));
        CaseStory story = new CaseStory(TestAgencies.AGENCY_A);
        story.issuedAndRecorded("PENALTY", "未依法支付劳动报酬", LocalDate.of(2026, 9, 29));
        String code = given().auth().oauth2(CLERK).get("/api/v1/disclosures/cases/" + story.caseId + "/progress-code")
                .then().statusCode(200).extract().path("code");
        given().get("/api/v1/public/portal/progress?code=" + code).then().statusCode(200)
                .body(containsString("立案")).body(containsString("作出决定"));
    }

    /** An agency of its own, so the figures this test checks are not shared with other tests' cases. */
    static final String STATISTICS_AGENCY = "11130100MB5550001Y";

    @Test
    @DisplayName("D-STATS in the portal: a published year's figures with a chart drawn on the server; an unpublished year says when")
    void statisticsPage() throws InterruptedException {
        CaseStory story = new CaseStory(STATISTICS_AGENCY);
        story.issuedAndRecorded("PENALTY", "未依法支付劳动报酬", LocalDate.of(2025, 6, 3));
        String page = given().get("/api/v1/public/portal/statistics?agency=" + STATISTICS_AGENCY + "&year=2025")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertTrue(page.contains("<svg") && page.contains("行政处罚"), page);
        assertFalse(page.contains("<script"), "no JavaScript needed");
        given().get("/api/v1/public/portal/statistics?agency=" + STATISTICS_AGENCY + "&year=2026").then()
                .statusCode(404).body(containsString("2027-01-25"));
        given().get("/api/v1/public/portal/statistics?agency=bad&year=2025").then().statusCode(400);
    }
}
