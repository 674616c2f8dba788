package gov.enforcement.recording.cases;

import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestDatabase;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static gov.enforcement.recording.cases.CaseStepsResourceTest.INVESTIGATOR;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.append;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.investigation;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.newCase;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class CaseFileResourceTest {

    static long accessesOf(String caseId) {
        return TestDatabase.count("select count(*) from access_log where case_id = '" + caseId + "'");
    }

    @Test
    @DisplayName("R-ACCESS: the case file is read with a stated purpose, in order, and the read itself is recorded")
    void readingIsRecorded() {
        String caseId = newCase();
        append(INVESTIGATOR, caseId, "InvestigationRecorded", investigation()).then().statusCode(201);
        given().auth().oauth2(INVESTIGATOR).queryParam("purpose", "办案").get("/api/v1/cases/" + caseId + "/record")
                .then().statusCode(200).body("$", hasSize(2)).body("[0].type", equalTo("CaseRegistered"))
                .body("[1].type", equalTo("InvestigationRecorded")).body("[1].recordedBy", equalTo("officer-HB-0001"));
        assertEquals(1, accessesOf(caseId));
        assertEquals("办案", TestDatabase.text("select purpose from access_log where case_id = '" + caseId + "'"));
    }

    @Test
    @DisplayName("R-ACCESS: no purpose, another agency, or the public get nothing, and nothing is logged as read")
    void refusedReadsReturnNothing() {
        String caseId = newCase();
        given().auth().oauth2(INVESTIGATOR).get("/api/v1/cases/" + caseId + "/record").then().statusCode(422)
                .body("rule", equalTo("R-ACCESS"));
        given().auth().oauth2(TestTokens.officer(TestAgencies.AGENCY_B, "SJ-0009")).queryParam("purpose", "看看")
                .get("/api/v1/cases/" + caseId + "/record").then().statusCode(403);
        given().queryParam("purpose", "看看").get("/api/v1/cases/" + caseId + "/record").then().statusCode(401);
        assertEquals(0, accessesOf(caseId));
        given().auth().oauth2(TestTokens.withRole("auditor", TestAgencies.AGENCY_B)).queryParam("purpose", "执法监督")
                .get("/api/v1/cases/" + caseId + "/record").then().statusCode(200);
        assertEquals(1, accessesOf(caseId));
    }

    @Test
    @DisplayName("R-LINK: all records of one party across cases in one query, within the reader's agency")
    void partyRecordsAcrossCases() {
        String company = "91130100MA0ABCDE1X";
        Map<String, Object> body = Map.of("category", "PENALTY", "matter", "未依法支付劳动报酬",
                "parties", List.of(Map.of("kind", "ORGANISATION", "name", "石家庄某建筑有限公司", "creditCode", validCode())));
        String first = CaseResourceTest.register(INVESTIGATOR, body).then().statusCode(201).extract().path("caseId");
        String second = CaseResourceTest.register(INVESTIGATOR, body).then().statusCode(201).extract().path("caseId");
        given().auth().oauth2(INVESTIGATOR).queryParam("purpose", "关联查询")
                .get("/api/v1/parties/" + validCode() + "/records").then().statusCode(200)
                .body("caseId", hasItem(first)).body("caseId", hasItem(second));
        assertEquals(1, accessesOf(first));
        given().auth().oauth2(INVESTIGATOR).queryParam("purpose", "关联查询")
                .get("/api/v1/parties/" + company + "/records").then().statusCode(400);
    }

    /** A credit code with a correct check character that only these tests use. */
    static String validCode() {
        return "91130100MA0ABCDE10";
    }
}
