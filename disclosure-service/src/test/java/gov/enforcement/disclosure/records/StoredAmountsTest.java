package gov.enforcement.disclosure.records;

import gov.enforcement.disclosure.CaseStory;
import gov.enforcement.disclosure.search.Searches;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestDatabase;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Amounts are yuan and fen on the way in, and a stored amount that is not never breaks a read. */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class StoredAmountsTest {

    static final String A = TestAgencies.AGENCY_A;
    static final String CLERK = TestTokens.withRole("disclosure-clerk", A);

    static String published() {
        CaseStory story = new CaseStory(A);
        String id = story.issuedAndRecorded("PENALTY", "未依法支付劳动报酬", LocalDate.of(2026, 9, 29));
        given().auth().oauth2(CLERK).post("/api/v1/disclosures/" + id + "/publish").then().statusCode(200);
        return id;
    }

    static void sql(String statement) throws Exception {
        try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement()) {
            sql.executeUpdate(statement);
        }
    }

    @Test
    @DisplayName("D-CORRECT: a correction whose amount is not yuan and fen (1e999999, negative, 13 digits, 3 decimals) is refused naming the field; nothing changes")
    void unshowableAmountRefused() {
        String id = published();
        // 400: no field may hold these numbers, so they are refused as the body is read; 422: no amount may be them
        String[][] refused = {{"fineAmount", "1e999999", "400"}, {"fineAmount", "-5", "422"},
                {"confiscationAmount", "1234567890123", "422"}, {"fineAmount", "0.001", "422"},
                {"confiscationAmount", "1e-999999", "400"}};
        for (String[] amount : refused) {
            given().auth().oauth2(CLERK).contentType(ContentType.JSON)
                    .body("{\"reason\":\"金额更正\",\"" + amount[0] + "\":" + amount[1] + "}")
                    .post("/api/v1/disclosures/" + id + "/corrections").then().statusCode(Integer.parseInt(amount[2]))
                    .contentType("application/problem+json").body("errors.field", hasItem(amount[0]));
        }
        assertEquals(1, TestDatabase.count("select count(*) from disclosure_versions where disclosure_id = '" + id + "'"));
        given().get("/api/v1/public/decisions/" + id).then().statusCode(200).body("version", equalTo(1))
                .body("record.fineAmount", equalTo(20000));

        given().auth().oauth2(CLERK).contentType(ContentType.JSON)
                .body("{\"reason\":\"金额更正\",\"fineAmount\":999999999999.99}")
                .post("/api/v1/disclosures/" + id + "/corrections").then().statusCode(200).body("version", equalTo(2));
        given().get("/api/v1/public/decisions/" + id).then().statusCode(200)
                .body("record.fineAmount", equalTo(999999999999.99f));
    }

    @Test
    @DisplayName("D-POST-7, D-STATS: a bad amount planted in the database shows as absent; search, portal, the clerk's view and statistics still answer")
    void plantedBadAmountNeverFailsAPage() throws Exception {
        String id = published();
        String broken = published();
        sql("update disclosure_versions set record = jsonb_set(record, '{fineAmount}', '\"Infinity\"')"
                + " where disclosure_id = '" + id + "'");
        // a record that cannot be read at all is left out of lists, never fails them
        sql("update disclosure_versions set record = jsonb_set(record, '{parties}', '\"not a list\"')"
                + " where disclosure_id = '" + broken + "'");
        try {
            // the index follows rows edited in place too (a trigger marks the disclosure), within a second
            Searches.await("/api/v1/public/decisions?agency=" + A + "&size=100", broken, false);
            given().get("/api/v1/public/decisions?agency=" + A + "&size=100").then().statusCode(200)
                    .body("items.disclosureId", hasItem(id)).body("items.disclosureId", not(hasItem(broken)))
                    .body("items.find { it.disclosureId == '" + id + "' }.record.fineAmount", nullValue());
            given().get("/api/v1/public/decisions/" + id).then().statusCode(200).body("record.fineAmount", nullValue())
                    .body("record.parties.name", hasItem(CaseStory.ORG));
            given().get("/api/v1/public/portal?agency=" + A).then().statusCode(200);
            given().get("/api/v1/public/portal/decisions/" + id).then().statusCode(200).body(containsString(CaseStory.ORG));
            given().auth().oauth2(CLERK).get("/api/v1/disclosures/" + id).then().statusCode(200)
                    .body("record.fineAmount", nullValue());
            given().auth().oauth2(CLERK).get("/api/v1/statistics/2026?agency=" + A).then().statusCode(200);
            // a correction mends it
            given().auth().oauth2(CLERK).contentType(ContentType.JSON).body("{\"reason\":\"金额更正\",\"fineAmount\":20000}")
                    .post("/api/v1/disclosures/" + id + "/corrections").then().statusCode(200);
            given().get("/api/v1/public/decisions/" + id).then().statusCode(200).body("record.fineAmount", equalTo(20000));
        } finally {
            sql("update disclosure_versions set record = jsonb_set(record, '{parties}', '[]')"
                    + " where disclosure_id = '" + broken + "'");
        }
    }
}
