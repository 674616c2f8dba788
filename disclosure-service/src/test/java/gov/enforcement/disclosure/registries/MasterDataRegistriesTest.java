package gov.enforcement.disclosure.registries;

import gov.enforcement.events.Topics;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static gov.enforcement.disclosure.registries.RegistriesTest.AGENCY;
import static gov.enforcement.disclosure.registries.RegistriesTest.CLERK;
import static gov.enforcement.disclosure.registries.RegistriesTest.WAIT;
import static gov.enforcement.disclosure.registries.RegistriesTest.registry;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/** P-MASTER: matter profiles, discretion benchmarks and the agency registry, published on the registry topic. */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class MasterDataRegistriesTest {

    @Test
    @DisplayName("P-MASTER: a powers-list entry states how its matter's cases run, checked, and PowerPublished carries it")
    void matterProfiles() {
        String code = "SJ-CF-" + System.nanoTime();
        Map<String, Object> profile = Map.of("procedures", List.of("GENERAL_PENALTY"), "decisionDays", 60,
                "audioVisual", List.of("InvestigationRecorded:ON_SITE_INSPECTION"));
        String id = given().auth().oauth2(CLERK).contentType(ContentType.JSON)
                .body(Map.of("matterCode", code, "matter", "销售不合格产品", "legalBasis", "《产品质量法》第四十九条",
                        "procedure", profile))
                .post("/api/v1/registries/powers").then().statusCode(200).extract().path("entryId");
        registry(Topics.REGISTRY_EVENTS, r -> id.equals(r.key()) && r.valueAsString().contains("\"decisionDays\":60"), 1, WAIT);

        given().auth().oauth2(CLERK).contentType(ContentType.JSON)
                .body(Map.of("matterCode", code + "-2", "matter", "x", "legalBasis", "y", "procedure",
                        Map.of("procedures", List.of("ON_THE_SPOT"), "decisionDays", 400, "audioVisual", List.of("<script>"))))
                .post("/api/v1/registries/powers").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("procedure.procedures[0]", "procedure.decisionDays", "procedure.audioVisual[0]"));
        given().auth().oauth2(CLERK).contentType(ContentType.JSON)
                .body(Map.of("matter", "x", "legalBasis", "y", "procedure", profile))
                .post("/api/v1/registries/powers").then().statusCode(422).body("rule", equalTo("P-MASTER"));
    }

    @Test
    @DisplayName("P-MASTER: a discretion benchmark is published by code, versioned, public, and checked for form")
    void benchmarks() {
        String code = "BM-" + System.nanoTime();
        Map<String, Object> benchmark = Map.of("matterCode", "RS-CF-0026", "circumstance", "拖欠人数10人以上30人以下",
                "legalBasis", "《劳动保障监察条例》第二十六条", "fineMin", 2000, "fineMax", 5000,
                "penaltyKinds", List.of("FINE"), "effectiveFrom", "2026-01-01");
        given().auth().oauth2(CLERK).contentType(ContentType.JSON).body(benchmark)
                .put("/api/v1/registries/benchmarks/" + code).then().statusCode(200).body("version", equalTo(1));
        String entry = given().auth().oauth2(CLERK).contentType(ContentType.JSON).body(benchmark)
                .put("/api/v1/registries/benchmarks/" + code).then().statusCode(200).body("version", equalTo(2))
                .extract().path("entryId");
        given().get("/api/v1/public/benchmarks?agency=" + AGENCY + "&matterCode=RS-CF-0026").then().statusCode(200)
                .body("code", hasItem(code));
        registry(Topics.REGISTRY_EVENTS, r -> entry.equals(r.key()) && r.valueAsString().contains("DiscretionBenchmarkPublished")
                && r.valueAsString().contains("\"version\":2"), 1, WAIT);

        given().auth().oauth2(CLERK).contentType(ContentType.JSON)
                .body(Map.of("circumstance", "x", "legalBasis", "y", "fineMin", 5000, "fineMax", 2000,
                        "penaltyKinds", List.of("BANISHMENT"), "effectiveFrom", "2026-01-01"))
                .put("/api/v1/registries/benchmarks/" + code).then().statusCode(400)
                .body("errors.field", hasItems("fineMax", "penaltyKinds[0]"));
        given().auth().oauth2(TestTokens.withRole("officer", AGENCY)).contentType(ContentType.JSON).body(benchmark)
                .put("/api/v1/registries/benchmarks/" + code).then().statusCode(403);
    }

    @Test
    @DisplayName("P-MASTER: an agency's admin registers its own agency with its supervising justice bureau; never another's")
    void agencies() {
        Map<String, Object> agency = Map.of("name", "石家庄市人力资源和社会保障局", "regionCode", "130100", "level", "MUNICIPAL",
                "supervisingJusticeBureau", TestAgencies.AGENCY_B);
        String entry = given().auth().oauth2(TestTokens.withRole("admin", AGENCY)).contentType(ContentType.JSON).body(agency)
                .put("/api/v1/registries/agencies/" + AGENCY).then().statusCode(200).extract().path("entryId");
        given().get("/api/v1/public/agencies?supervisedBy=" + TestAgencies.AGENCY_B).then().statusCode(200)
                .body("agency", hasItem(AGENCY));
        registry(Topics.REGISTRY_EVENTS, r -> entry.equals(r.key()) && r.valueAsString().contains("AgencyRegistered"), 1, WAIT);

        given().auth().oauth2(TestTokens.withRole("admin", TestAgencies.AGENCY_B)).contentType(ContentType.JSON).body(agency)
                .put("/api/v1/registries/agencies/" + AGENCY).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.withRole("platform-admin", null)).contentType(ContentType.JSON)
                .body(agency).put("/api/v1/registries/agencies/" + AGENCY).then().statusCode(403);
        given().auth().oauth2(TestTokens.withRole("admin", AGENCY)).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "regionCode", "13", "level", "MUNICIPAL", "supervisingJusticeBureau", AGENCY))
                .put("/api/v1/registries/agencies/" + AGENCY).then().statusCode(400)
                .body("errors.field", hasItems("regionCode", "supervisingJusticeBureau"));
    }
}
