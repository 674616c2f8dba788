package gov.enforcement.disclosure.calendar;

import gov.enforcement.disclosure.CaseStory;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class CalendarResourceTest {

    /** The working-day calendar is every agency's: only the platform admin loads it. */
    static final String ADMIN = TestTokens.withRole("platform-admin", null);

    static String year(int year, String... days) {
        return "{\"year\":" + year + ",\"papers\":[],\"days\":[" + String.join(",", days) + "]}";
    }

    static String day(String date, boolean off) {
        return "{\"name\":\"节\",\"date\":\"" + date + "\",\"isOffDay\":" + off + "}";
    }

    @Test
    @DisplayName("the shipped year is served in holiday-cn JSON with its version; only the platform admin may load a year, not an agency's admin")
    void shipped() {
        given().auth().oauth2(ADMIN).get("/api/v1/calendar/2026").then().statusCode(200)
                .header("Calendar-Source", "shipped").body("year", equalTo(2026)).body("days.date", hasItem("2026-10-01"));
        given().get("/api/v1/calendar/2026").then().statusCode(401);
        given().auth().oauth2(TestTokens.withRole("disclosure-clerk", TestAgencies.AGENCY_A)).contentType(ContentType.JSON)
                .body(year(2021)).put("/api/v1/calendar/2021").then().statusCode(403);
        given().auth().oauth2(TestTokens.withRole("admin", TestAgencies.AGENCY_A)).contentType(ContentType.JSON)
                .body(year(2021, day("2021-01-01", true))).put("/api/v1/calendar/2021").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(ADMIN).get("/api/v1/calendar/2031").then().statusCode(404);
    }

    @Test
    @DisplayName("D-CALENDAR: a year with an invalid date or a duplicate day is refused whole (422 naming the rule); nothing is stored")
    void refusedWhole() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(year(2019, day("2019-10-01", true), day("2019-02-30", true))).put("/api/v1/calendar/2019")
                .then().statusCode(422).contentType("application/problem+json").body("rule", equalTo("D-CALENDAR"))
                .body("detail", containsString("2019-02-30"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(year(2019, day("2019-10-01", true), day("2019-10-01", true))).put("/api/v1/calendar/2019")
                .then().statusCode(422).body("rule", equalTo("D-CALENDAR")).body("detail", containsString("twice"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(year(2018, day("2019-10-01", true))).put("/api/v1/calendar/2019").then().statusCode(422);
        given().auth().oauth2(ADMIN).get("/api/v1/calendar/2019").then().statusCode(200).header("Calendar-Source", "shipped");
    }

    @Test
    @DisplayName("D-CALENDAR: the platform admin loads a year the project does not ship; deadlines in it then compute and record its version")
    void loadYear() {
        String version = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(year(2028, day("2028-01-03", true), day("2028-01-08", false))).put("/api/v1/calendar/2028")
                .then().statusCode(200).body("offDays", hasItem("2028-01-03")).body("makeUpWorkingDays", hasItem("2028-01-08"))
                .extract().path("version");
        given().auth().oauth2(ADMIN).get("/api/v1/calendar/2028").then().statusCode(200)
                .header("Calendar-Source", "uploaded").header("Calendar-Version", version);

        // decided Friday 2027-12-31: Jan 3 is off, Saturday Jan 8 is a make-up working day
        CaseStory story = new CaseStory(TestAgencies.AGENCY_A);
        String id = story.issuedAndRecorded("PENALTY", "未依法支付劳动报酬", LocalDate.of(2027, 12, 31));
        given().auth().oauth2(TestTokens.withRole("admin", TestAgencies.AGENCY_A)).get("/api/v1/disclosures/" + id)
                .then().statusCode(200)
                .body("obligation.dueOn", equalTo("2028-01-11"))
                .body("obligation.calendarVersion", containsString("2028:" + version));
    }

    @Test
    @DisplayName("D-CALENDAR: an upload overrides the shipped year of the same number")
    void override() {
        String shipped = given().auth().oauth2(ADMIN).get("/api/v1/calendar/2020").then().extract().header("Calendar-Version");
        String version = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(year(2020, day("2020-01-01", true))).put("/api/v1/calendar/2020").then().statusCode(200)
                .extract().path("version");
        given().auth().oauth2(ADMIN).get("/api/v1/calendar/2020").then().statusCode(200)
                .header("Calendar-Version", not(equalTo(shipped))).header("Calendar-Version", version)
                .body("days.size()", equalTo(1)).body("days[0].date", startsWith("2020-01-01"));
    }
}
