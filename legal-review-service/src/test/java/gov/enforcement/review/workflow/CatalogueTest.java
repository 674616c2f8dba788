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

import static gov.enforcement.testing.ManagementInterface.management;
import static gov.enforcement.review.workflow.ReviewApi.get;
import static gov.enforcement.review.workflow.ReviewApi.putCatalogue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        putCatalogue(Catalogues.PLATFORM_ADMIN, Map.of("criteria", List.of("FINE_ABOVE_THRESHOLD", "BIG_CASE"), "fineThreshold", -5))
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

        int after = putCatalogue(Catalogues.PLATFORM_ADMIN, Map.of("criteria", Catalogues.statutoryAnd("FINE_ABOVE_THRESHOLD"),
                "fineThreshold", 1000, "confiscationThreshold", 1000, "alwaysReviewed", List.of(Map.of("agency", A, "category", "COERCION"))))
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

    static final Map<String, Object> FINES_ONLY = Map.of("criteria", Catalogues.statutoryAnd("FINE_ABOVE_THRESHOLD"),
            "fineThreshold", 20000, "confiscationThreshold", 20000);

    @Test
    @DisplayName("L-CATALOGUE, L-GATE: an empty catalogue (no criterion, no thresholds) is refused 422 naming each field, and nothing changes")
    void emptyCatalogueRefused() {
        int version = Catalogues.standard();
        long rows = TestDatabase.count("select count(*) from catalogue_versions");
        putCatalogue(Catalogues.PLATFORM_ADMIN, Map.of()).statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("L-CATALOGUE")).body("errors.field", hasItem("criteria"))
                .body("errors.field", hasItem("fineThreshold")).body("errors.field", hasItem("confiscationThreshold"));
        putCatalogue(Catalogues.PLATFORM_ADMIN, Map.of("criteria", List.of(), "fineThreshold", 1, "confiscationThreshold", 1))
                .statusCode(422).body("errors.field", hasItem("criteria"));
        putCatalogue(Catalogues.PLATFORM_ADMIN, Map.of("criteria", List.of("FINE_ABOVE_THRESHOLD"),
                "fineThreshold", new java.math.BigDecimal("1e15"), "confiscationThreshold", 1))
                .statusCode(422).body("errors.field", hasItem("fineThreshold"));
        // a number no field may hold is refused as it is read, before the catalogue's own bounds
        putCatalogue(Catalogues.PLATFORM_ADMIN, Map.of("criteria", List.of("FINE_ABOVE_THRESHOLD"),
                "fineThreshold", new java.math.BigDecimal("1e999999"), "confiscationThreshold", 1))
                .statusCode(400).body("errors.field", hasItem("fineThreshold"));
        assertEquals(rows, TestDatabase.count("select count(*) from catalogue_versions"));
        get(Catalogues.PLATFORM_ADMIN, "/api/v1/review-catalogue").statusCode(200).body("version", equalTo(version));
    }

    @Test
    @DisplayName("L-CATALOGUE, L-GATE: a catalogue without the criteria of seed 003 §12(2) is refused 422 naming them;"
            + " a decision after a hearing stays major")
    void statutoryCriteriaKept() {
        int version = Catalogues.standard();
        long rows = TestDatabase.count("select count(*) from catalogue_versions");
        putCatalogue(Catalogues.PLATFORM_ADMIN, Map.of("criteria", List.of("FINE_ABOVE_THRESHOLD"),
                "fineThreshold", 50000, "confiscationThreshold", 50000)).statusCode(422)
                .contentType("application/problem+json").body("rule", equalTo("L-CATALOGUE"))
                .body("errors.field", hasItem("criteria"))
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("AFTER_HEARING")));
        assertEquals(rows, TestDatabase.count("select count(*) from catalogue_versions"));
        get(Catalogues.PLATFORM_ADMIN, "/api/v1/review-catalogue").statusCode(200).body("version", equalTo(version));

        CaseStream stream = new CaseStream(A).registered("PENALTY", "officer-HB-0311", "HB-0311");
        String hash = stream.drafted(1, "3000", "听证后作出", "COMPLEX_CASE");
        JsonNode classified = stream.reviewEvent(EventTypes.LEGAL_REVIEW_DECISION_CLASSIFIED, hash);
        assertTrue(classified.path("major").asBoolean(), classified.toString());
        assertEquals(String.valueOf(version), classified.path("catalogueVersion").asText());
    }

    @Test
    @DisplayName("L-CATALOGUE: only the platform admin changes the catalogue; an agency's admin reads it and is refused 403")
    void onlyThePlatformAdminChangesIt() {
        int version = Catalogues.standard();
        String etag = "\"" + version + "\"";
        for (String agency : List.of(TestAgencies.AGENCY_A, TestAgencies.AGENCY_B)) {
            String admin = TestTokens.withRole("admin", agency);
            get(admin, "/api/v1/review-catalogue").statusCode(200).header("ETag", etag);
            putCatalogue(admin, etag, FINES_ONLY).statusCode(403).contentType("application/problem+json");
        }
        get(Catalogues.PLATFORM_ADMIN, "/api/v1/review-catalogue").statusCode(200).body("version", equalTo(version));
        putCatalogue(Catalogues.PLATFORM_ADMIN, etag, FINES_ONLY).statusCode(200).header("ETag", "\"" + (version + 1) + "\"")
                .body("version", equalTo(version + 1)).body("replacesVersion", equalTo(version));
        Catalogues.standard();
    }

    @Test
    @DisplayName("L-CATALOGUE: a change needs If-Match with the version in force: 428 without, 412 when stale; nothing changes")
    void changeNeedsTheVersionInForce() {
        int version = Catalogues.standard();
        long rows = TestDatabase.count("select count(*) from catalogue_versions");
        putCatalogue(Catalogues.PLATFORM_ADMIN, null, FINES_ONLY).statusCode(428).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("If-Match"));
        putCatalogue(Catalogues.PLATFORM_ADMIN, "\"" + (version - 1) + "\"", FINES_ONLY).statusCode(412)
                .contentType("application/problem+json").body("currentVersion", equalTo(version));
        putCatalogue(Catalogues.PLATFORM_ADMIN, "\"abc\"", FINES_ONLY).statusCode(412);
        assertEquals(rows, TestDatabase.count("select count(*) from catalogue_versions"));
    }

    @Test
    @DisplayName("L-CATALOGUE: every change is recorded (who, when, the version replaced), counted for the alert and logged")
    void everyChangeRecordedAndCounted() {
        int version = Catalogues.standard();
        double before = changesCounted();
        int after = putCatalogue(Catalogues.PLATFORM_ADMIN, "W/\"" + version + "\"", FINES_ONLY).statusCode(200)
                .extract().path("version");
        assertEquals(1, TestDatabase.count("select count(*) from catalogue_versions where version = " + after
                + " and replaces_version = " + version + " and created_by = 'platform-admin-null' and created_at is not null"));
        assertEquals(before + 1, changesCounted());
        Catalogues.standard();
    }

    private static double changesCounted() {
        String metrics = management().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("enforcement_review_catalogue_changes_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(0);
    }
}
