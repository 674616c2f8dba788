package gov.enforcement.recording.cases;

import gov.enforcement.testing.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static gov.enforcement.recording.cases.CaseStepsResourceTest.INVESTIGATOR;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.append;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.eventsOf;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.investigation;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.newCase;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.rights;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** P-MASTER through the API: penalty kinds, party classes, coded matters and discretion benchmarks. */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class MasterDataResourceTest {

    static String notifiedCase() {
        String caseId = newCase();
        append(INVESTIGATOR, caseId, "InvestigationRecorded", investigation()).then().statusCode(201);
        append(INVESTIGATOR, caseId, "RightsNotified", rights()).then().statusCode(201);
        return caseId;
    }

    static Map<String, Object> draftWith(Object penaltyKinds) {
        Map<String, Object> draft = new HashMap<>(CaseStepsResourceTest.draft(5000));
        draft.put("penaltyKinds", penaltyKinds);
        return draft;
    }

    @Test
    @DisplayName("P-MASTER: an unknown penalty-kind code is 422 naming penaltyKinds[i], and nothing is appended")
    void unknownPenaltyKindNamesTheField() {
        String caseId = notifiedCase();
        long before = eventsOf(caseId);
        append(INVESTIGATOR, caseId, "DecisionDrafted", draftWith(List.of("FINE", "PUBLIC_SHAMING"))).then()
                .statusCode(422).body("rule", equalTo("P-MASTER")).body("errors[0].field", equalTo("penaltyKinds[1]"));
        assertEquals(before, eventsOf(caseId));
    }

    @Test
    @DisplayName("P-MASTER: a draft's penalty kinds are kept in the case file in art 9's order; a FINE without amount is 422")
    void penaltyKindsAreRecorded() {
        String caseId = notifiedCase();
        Map<String, Object> noFine = draftWith(List.of("FINE", "WARNING"));
        noFine.remove("fineAmount");
        append(INVESTIGATOR, caseId, "DecisionDrafted", noFine).then().statusCode(422)
                .body("rule", equalTo("P-MASTER")).body("errors[0].field", equalTo("fineAmount"));
        append(INVESTIGATOR, caseId, "DecisionDrafted", draftWith(List.of("FINE", "WARNING"))).then().statusCode(201);
        given().auth().oauth2(INVESTIGATOR).queryParam("purpose", "办案").get("/api/v1/cases/" + caseId + "/record")
                .then().statusCode(200).body("[3].type", equalTo("DecisionDrafted"))
                .body("[3].data.penaltyKinds", contains("WARNING", "FINE"));
    }
}
