package gov.enforcement.review.workflow;

import io.restassured.response.ValidatableResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** The review endpoints as a client calls them, with a bearer token. */
final class ReviewApi {

    static final List<String> ITEMS = List.of("COMPETENCE", "PROCEDURE", "FACTS_AND_EVIDENCE", "LAW_AND_DISCRETION",
            "NO_ULTRA_VIRES", "DOCUMENTS", "CRIMINAL_TRANSFER");

    private ReviewApi() {
    }

    static ValidatableResponse post(String token, String path, Object body) {
        var request = given().auth().oauth2(token).contentType("application/json");
        if (body != null) {
            request.body(body);
        }
        return request.post(path).then();
    }

    /** A catalogue change based on the version in force (its ETag as If-Match), as a careful admin sends it. */
    static ValidatableResponse putCatalogue(String token, Object body) {
        String inForce = given().auth().oauth2(Catalogues.PLATFORM_ADMIN).get("/api/v1/review-catalogue").then()
                .statusCode(200).extract().header("ETag");
        return putCatalogue(token, inForce, body);
    }

    static ValidatableResponse putCatalogue(String token, String ifMatch, Object body) {
        var request = given().auth().oauth2(token).contentType("application/json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/api/v1/review-catalogue").then();
    }

    static ValidatableResponse get(String token, String path) {
        return token == null ? given().get(path).then() : given().auth().oauth2(token).get(path).then();
    }

    /** The seven checks, all passed except the ones named, which fail with a comment. */
    static List<Map<String, Object>> items(String... failing) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (String item : ITEMS) {
            boolean failed = List.of(failing).contains(item);
            Map<String, Object> result = new java.util.LinkedHashMap<>();
            result.put("item", item);
            result.put("passed", !failed);
            result.put("comment", failed ? item + " 不符合要求" : "符合");
            items.add(result);
        }
        return items;
    }

    /** The undertaking unit's submission: the three required materials, the declaration, and these answers. */
    static Map<String, Object> submission(List<Map<String, Object>> answers) {
        return Map.of("materials", List.of("DECISION_DRAFT", "INVESTIGATION_REPORT", "EVIDENCE_LIST"), "declaration", true,
                "answers", answers);
    }

    /** An officer of the agency (not of the case) submits the review's materials, answering nothing. */
    static void submitted(String agency, String reviewPath) {
        post(gov.enforcement.testing.TestTokens.officer(agency, "HB-9901"), reviewPath + "/submission", submission(List.of()))
                .statusCode(200);
    }

    static Map<String, Object> opinion(String outcome, String problems, List<Map<String, Object>> items) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("outcome", outcome);
        body.put("items", items);
        body.put("problems", problems);
        return body;
    }
}
