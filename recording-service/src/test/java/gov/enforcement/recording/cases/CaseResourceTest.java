package gov.enforcement.recording.cases;

import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestDatabase;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class CaseResourceTest {

    static final String OFFICER = TestTokens.officer(TestAgencies.AGENCY_A, "HB-0001");

    static Map<String, Object> penaltyCase() {
        return Map.of(
                "category", "PENALTY",
                "matter", "未依法支付劳动报酬",
                "unit", "劳动保障监察监督局",
                "parties", List.of(Map.of("kind", "PERSON", "name", "张三", "idNumber", TestAgencies.PERSON_ID)),
                "officers", List.of(Map.of("name", "李四", "certificate", "HB-0001"),
                        Map.of("name", "王五", "certificate", "HB-0002")));
    }

    static Response register(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/cases");
    }

    @Test
    @DisplayName("X-CASENO: a registered case is the first event of its stream, numbered by the agency's pattern")
    void registersACase() {
        Response created = register(OFFICER, penaltyCase());
        created.then().statusCode(201)
                .header("ETag", "\"1\"")
                .header("Location", matchesPattern(".*/api/v1/cases/[0-9a-f-]{36}"))
                .body("version", equalTo(1))
                .body("caseNumber", matchesPattern(TestAgencies.AGENCY_A + "〔20\\d\\d〕\\d+号"));
        String caseId = created.path("caseId");

        given().auth().oauth2(OFFICER).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("REGISTERED"))
                .body("agency", equalTo(TestAgencies.AGENCY_A))
                .body("parties.name", hasItem("张三"));
    }

    @Test
    @DisplayName("X-CASENO: concurrent registrations get distinct, gap-free numbers")
    void caseNumbersAreGapFree() {
        List<CompletableFuture<String>> registrations = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> register(OFFICER, penaltyCase())
                        .then().statusCode(201).extract().<String>path("caseNumber")))
                .toList();
        Set<Integer> sequence = new TreeSet<>();
        registrations.forEach(f -> sequence.add(Integer.parseInt(f.join().replaceAll(".*〕(\\d+)号", "$1"))));
        assertEquals(8, sequence.size(), "no number given twice");
        int first = sequence.iterator().next();
        assertEquals(first + 7, sequence.stream().mapToInt(Integer::intValue).max().orElseThrow(), "no gaps");
    }

    @Test
    @DisplayName("no token or a bad one is 401 problem+json; the wrong role or another agency is 403")
    void authentication() {
        given().contentType(ContentType.JSON).body(penaltyCase()).post("/api/v1/cases").then().statusCode(401)
                .contentType("application/problem+json");
        register("not-a-token", penaltyCase()).then().statusCode(401).contentType("application/problem+json");
        register(TestTokens.withRole("auditor", TestAgencies.AGENCY_A), penaltyCase()).then().statusCode(403)
                .contentType("application/problem+json");

        String caseId = register(OFFICER, penaltyCase()).then().statusCode(201).extract().path("caseId");
        given().auth().oauth2(TestTokens.officer(TestAgencies.AGENCY_B, "SJ-0009")).get("/api/v1/cases/" + caseId)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.withRole("auditor", TestAgencies.AGENCY_B)).get("/api/v1/cases/" + caseId)
                .then().statusCode(200);
    }

    @Test
    @DisplayName("bad input is a 400 problem naming the field, and nothing is written")
    void badInputWritesNothing() {
        long before = countEvents();
        register(OFFICER, "{\"category\": \"PENALTY\", ").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("body"));
        register(OFFICER, Map.of("category", "FINE", "matter", "x", "parties", List.of()))
                .then().statusCode(400).body("errors.field", hasItem("category"));
        register(OFFICER, Map.of("category", "PENALTY", "parties",
                List.of(Map.of("kind", "PERSON", "name", "张三", "idNumber", "130102198001010011"))))
                .then().statusCode(400).body("errors.field", hasItem("matter"))
                .body("errors.field", hasItem("parties[0].idNumber"));
        register(OFFICER, Map.of("category", "PENALTY", "matter", "x", "surprise", 1,
                "parties", List.of(Map.of("kind", "ORGANISATION", "name", "某公司", "creditCode", TestAgencies.AGENCY_B))))
                .then().statusCode(400).body("errors.field", hasItem("surprise"));
        register(OFFICER, Map.of("agency", TestAgencies.AGENCY_B, "category", "PENALTY", "matter", "x",
                "parties", List.of(Map.of("kind", "ORGANISATION", "name", "某公司", "creditCode", TestAgencies.AGENCY_B))))
                .then().statusCode(403);
        given().auth().oauth2(OFFICER).get("/api/v1/cases/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
        assertEquals(before, countEvents());
    }

    @Test
    @DisplayName("R-TAMPER: the database itself refuses UPDATE and DELETE of recorded events")
    void eventsAreAppendOnly() throws SQLException {
        register(OFFICER, penaltyCase()).then().statusCode(201);
        try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("update case_events set event_type = 'x'"));
            assertEquals("42501", update.getSQLState());
            assertThrows(SQLException.class, () -> sql.executeUpdate("delete from case_events"));
            assertThrows(SQLException.class, () -> sql.executeUpdate("truncate case_events cascade"));
        }
    }

    @Test
    @DisplayName("an unknown case is a 404 problem")
    void unknownCase() {
        given().auth().oauth2(OFFICER).get("/api/v1/cases/00000000-0000-0000-0000-000000000000").then()
                .statusCode(404).contentType("application/problem+json").body("type", startsWith("https://"));
    }

    static long countEvents() {
        return TestDatabase.count("select count(*) from case_events");
    }

    @Test
    @DisplayName("a registration retried with its Idempotency-Key answers the first case and number; another body under it is 409")
    void retriedRegistrationIsRecordedOnce() {
        String key = java.util.UUID.randomUUID().toString();
        Response first = given().auth().oauth2(OFFICER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(penaltyCase()).post("/api/v1/cases");
        first.then().statusCode(201);
        long events = countEvents();
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(penaltyCase()).post("/api/v1/cases").then().statusCode(201)
                .body("caseId", equalTo(first.path("caseId"))).body("caseNumber", equalTo(first.path("caseNumber")));
        Map<String, Object> other = new java.util.HashMap<>(penaltyCase());
        other.put("matter", "另一事项");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(other).post("/api/v1/cases").then().statusCode(409).contentType("application/problem+json");
        assertEquals(events, countEvents());
    }

    @Test
    @DisplayName("an Idempotency-Key is the caller's within their agency: the same subject at another agency gets its own case")
    void idempotencyKeysAreScopedByAgency() {
        String key = java.util.UUID.randomUUID().toString();
        String officerA = TestTokens.mint("officer-same-name", java.util.Set.of("officer"), TestAgencies.AGENCY_A, "HB-0001");
        String officerB = TestTokens.mint("officer-same-name", java.util.Set.of("officer"), TestAgencies.AGENCY_B, "SJ-0009");
        Response first = given().auth().oauth2(officerA).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(penaltyCase()).post("/api/v1/cases");
        first.then().statusCode(201);
        Response second = given().auth().oauth2(officerB).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(penaltyCase()).post("/api/v1/cases");
        second.then().statusCode(201).body("caseNumber", startsWith(TestAgencies.AGENCY_B));
        org.junit.jupiter.api.Assertions.assertNotEquals(first.<String>path("caseId"), second.<String>path("caseId"));
        given().auth().oauth2(officerB).get("/api/v1/cases/" + second.<String>path("caseId")).then().statusCode(200)
                .body("agency", equalTo(TestAgencies.AGENCY_B));
        // each one's retry still answers their own first case
        given().auth().oauth2(officerA).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(penaltyCase()).post("/api/v1/cases").then().statusCode(201)
                .body("caseId", equalTo(first.path("caseId")));
    }

    @jakarta.inject.Inject
    io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory tokenVerifier;

    @Test
    @DisplayName("tokens are verified through the remembering verifier, which still refuses expired and foreign tokens")
    void tokensAreVerifiedAndRemembered() {
        org.junit.jupiter.api.Assertions.assertTrue(tokenVerifier instanceof gov.enforcement.platform.security.RememberedTokens);
        register(OFFICER, penaltyCase()).then().statusCode(201);
        register(OFFICER, penaltyCase()).then().statusCode(201);
        register(TestTokens.expired("officer", TestAgencies.AGENCY_A), penaltyCase()).then().statusCode(401);
        register(TestTokens.signedByAnotherKey("officer", TestAgencies.AGENCY_A), penaltyCase()).then().statusCode(401);
    }
}
