package gov.enforcement.review.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import gov.enforcement.events.EventTypes;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestDatabase;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static gov.enforcement.review.workflow.ReviewApi.get;
import static gov.enforcement.review.workflow.ReviewApi.putCatalogue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class CatalogueTest {

    static final String A = TestAgencies.AGENCY_A;

    @Test
    @DisplayName("L-CATALOGUE: a minor draft is classified 'not major' with the catalogue version, and no review opens")
    void minorDraft() {
        int version = Catalogues.standard();
        CaseStream stream = new CaseStream(A).registered("PENALTY", "officer-HB-0201", "HB-0201", "HB-0202");
        String hash = stream.drafted(1, "2000", "情节轻微");
        JsonNode classified = stream.reviewEvent(EventTypes.LEGAL_REVIEW_DECISION_CLASSIFIED, hash);
        assertFalse(classified.path("major").asBoolean());
        assertEquals(String.valueOf(version), classified.path("catalogueVersion").asText());
        assertEquals(0, classified.path("criteria").size());
        assertEquals(stream.caseId.toString(), classified.path("caseId").asText());
        TestDatabase.awaitCount("select count(*) from drafts where case_id = '" + stream.caseId + "'", 1, Duration.ofSeconds(10));
        assertEquals(0, TestDatabase.count("select count(*) from reviews where case_id = '" + stream.caseId + "'"));
    }

    @Test
    @DisplayName("L-CATALOGUE: an invalid catalogue is refused whole (422) and the version in force stays")
    void invalidCatalogueRefused() {
        int version = Catalogues.standard();
        putCatalogue(Catalogues.ADMIN, Map.of("criteria", List.of("FINE_ABOVE_THRESHOLD", "BIG_CASE"), "fineThreshold", -5))
                .statusCode(422).contentType("application/problem+json").body("rule", equalTo("L-CATALOGUE"))
                .body("errors.field", hasItem("criteria[1]")).body("errors.field", hasItem("fineThreshold"));
        get(TestTokens.withRole("reviewer", A), "/api/v1/review-catalogue").statusCode(200).body("version", equalTo(version));
        putCatalogue(TestTokens.withRole("reviewer", A), Map.of("criteria", List.of())).statusCode(403);
        get(TestTokens.officer(A, "HB-0001"), "/api/v1/review-catalogue").statusCode(403);
    }

    @Test
    @DisplayName("L-CATALOGUE: a catalogue change applies only to drafts classified after it; old versions stay readable")
    void changeAppliesOnlyAfter() {
        int before = Catalogues.standard();
        CaseStream earlier = new CaseStream(A).registered("PENALTY", "officer-HB-0301", "HB-0301");
        String earlierHash = earlier.drafted(1, "3000", "一般情节");
        assertFalse(earlier.reviewEvent(EventTypes.LEGAL_REVIEW_DECISION_CLASSIFIED, earlierHash).path("major").asBoolean());

        int after = putCatalogue(Catalogues.ADMIN, Map.of("criteria", List.of("FINE_ABOVE_THRESHOLD"), "fineThreshold", 1000,
                "alwaysReviewed", List.of(Map.of("agency", A, "category", "COERCION"))))
                .statusCode(200).extract().path("version");
        assertEquals(before + 1, after);
        CaseStream later = new CaseStream(A).registered("PENALTY", "officer-HB-0301", "HB-0301");
        String laterHash = later.drafted(1, "3000", "一般情节");
        JsonNode classified = later.reviewEvent(EventTypes.LEGAL_REVIEW_DECISION_CLASSIFIED, laterHash);
        assertEquals(String.valueOf(after), classified.path("catalogueVersion").asText());
        assertEquals("FINE_ABOVE_THRESHOLD", classified.path("criteria").get(0).asText());
        assertEquals(1, TestDatabase.count("select count(*) from drafts where case_id = '" + earlier.caseId
                + "' and catalogue_version = " + before + " and not major"), "the earlier classification stands");
        get(TestTokens.withRole("auditor", TestAgencies.AGENCY_B), "/api/v1/review-catalogue/versions/" + before)
                .statusCode(200).body("rules.fineThreshold", equalTo(50000));
        get(Catalogues.ADMIN, "/api/v1/review-catalogue/versions/99999").statusCode(404);
        Catalogues.standard();
    }
}
