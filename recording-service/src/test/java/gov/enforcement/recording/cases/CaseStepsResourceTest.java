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

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class CaseStepsResourceTest {

    static final String INVESTIGATOR = TestTokens.officer(TestAgencies.AGENCY_A, "HB-0001");
    static final String DECIDER = TestTokens.officer(TestAgencies.AGENCY_A, "HB-0003");

    static String newCase() {
        return CaseResourceTest.register(INVESTIGATOR, CaseResourceTest.penaltyCase()).then().statusCode(201)
                .extract().path("caseId");
    }

    static Response append(String token, String caseId, String type, Map<String, Object> data) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("type", type, "data", data)).post("/api/v1/cases/" + caseId + "/events");
    }

    static Map<String, Object> investigation() {
        return Map.of("kind", "INVESTIGATION", "certificates", List.of("HB-0001", "HB-0002"), "place", "石家庄市长安区",
                "startedAt", "2026-09-20T09:00:00+08:00", "endedAt", "2026-09-20T11:00:00+08:00", "summary", "调取工资发放记录");
    }

    static Map<String, Object> rights() {
        return Map.of("reason", "拟作出行政处罚", "legalBasis", "《劳动保障监察条例》第二十六条",
                "rights", List.of("STATEMENT", "DEFENCE", "HEARING"), "method", "WRITTEN", "notifiedAt", "2026-09-22T09:00:00+08:00");
    }

    static Map<String, Object> draft(int fine) {
        return Map.of("decisionType", "FINE", "facts", "拖欠工资三个月", "legalBasis", "《劳动保障监察条例》第二十六条",
                "discretionBenchmark", "裁量基准第3档", "discretionReasons", "拖欠人数多、时间长", "fineAmount", fine,
                "licenceRevoked", false, "businessClosed", false, "afterHearing", false);
    }

    /** Registers a penalty case and takes it to a drafted decision; answers the case id. */
    static String draftedCase(int fine) {
        String caseId = newCase();
        append(INVESTIGATOR, caseId, "InvestigationRecorded", investigation()).then().statusCode(201);
        append(INVESTIGATOR, caseId, "RightsNotified", rights()).then().statusCode(201);
        append(INVESTIGATOR, caseId, "DecisionDrafted", draft(fine)).then().statusCode(201)
                .body("status", equalTo("DECISION_DRAFTED"));
        return caseId;
    }

    static long eventsOf(String caseId) {
        return TestDatabase.count("select count(*) from case_events where case_id = '" + caseId + "'");
    }

    @Test
    @DisplayName("L-GATE: an unreviewed decision is refused with 422 naming what is missing, and nothing is appended")
    void gateRefusesUnreviewedDecision() {
        String caseId = draftedCase(200_000);
        long before = eventsOf(caseId);
        append(DECIDER, caseId, "DecisionIssued", Map.of("documentNumber", "石人社监罚〔2026〕5号")).then()
                .statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("L-GATE"))
                .body("missing", hasItem("no DecisionClassified for this draft yet"));
        assertEquals(before, eventsOf(caseId));
        given().auth().oauth2(INVESTIGATOR).get("/api/v1/cases/" + caseId).then()
                .body("status", equalTo("DECISION_DRAFTED")).body("draft.revision", equalTo(1));
    }

    @Test
    @DisplayName("X-SEQ over REST: 422 with the rule, the current state and the allowed next steps")
    void outOfOrderStepsAreRefused() {
        String caseId = newCase();
        append(INVESTIGATOR, caseId, "DocumentServed", Map.of("document", "决定书", "method", "DIRECT",
                "servedTo", "张三", "servedAt", "2026-09-30T09:00:00+08:00")).then()
                .statusCode(422).body("rule", equalTo("X-SEQ")).body("currentState", equalTo("REGISTERED"))
                .body("allowedNext", hasItem("InvestigationRecorded"));
        append(INVESTIGATOR, caseId, "InvestigationRecorded", Map.of("kind", "INVESTIGATION", "startedAt", "2026-09-20T09:00:00+08:00", "endedAt", "2026-09-20T11:00:00+08:00",
                
                "certificates", List.of("HB-0001"), "summary", "一人调查")).then()
                .statusCode(422).body("rule", equalTo("X-TWO"));
        assertEquals(1, eventsOf(caseId));
    }

    @Test
    @DisplayName("optimistic concurrency: ETag on reads, If-Match on appends, 409 on a stale version")
    void ifMatchGuardsAppends() {
        String caseId = newCase();
        String etag = given().auth().oauth2(INVESTIGATOR).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .extract().header("ETag");
        assertEquals("\"1\"", etag);
        given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("type", "InvestigationRecorded", "data", investigation()))
                .post("/api/v1/cases/" + caseId + "/events").then().statusCode(201).header("ETag", "\"2\"");
        given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("type", "RightsNotified", "data", rights()))
                .post("/api/v1/cases/" + caseId + "/events").then().statusCode(409)
                .contentType("application/problem+json").body("currentVersion", equalTo(2));
        given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON).header("If-Match", "soon")
                .body(Map.of("type", "RightsNotified", "data", rights()))
                .post("/api/v1/cases/" + caseId + "/events").then().statusCode(400);
        assertEquals(2, eventsOf(caseId));
    }

    @Test
    @DisplayName("appends without If-Match that race on one case all succeed, each once, in one gap-free order")
    void racingAppendsWithoutIfMatchAllSucceed() {
        String caseId = newCase();
        List<java.util.concurrent.CompletableFuture<Integer>> appends = java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> java.util.concurrent.CompletableFuture.supplyAsync(() -> append(INVESTIGATOR, caseId,
                        "InterferenceRecorded", Map.of("person", "来电人" + i, "description", "询问案情", "occurredAt", "2026-09-21T15:00:00+08:00")).statusCode()))
                .toList();
        appends.forEach(f -> assertEquals(201, f.join()));
        assertEquals(9, eventsOf(caseId));
        given().auth().oauth2(INVESTIGATOR).get("/api/v1/cases/" + caseId).then().header("ETag", "\"9\"");
    }

    @Test
    @DisplayName("Idempotency-Key: a retried append returns the first answer and writes nothing twice")
    void retriesAreIdempotent() {
        String caseId = newCase();
        String key = UUID.randomUUID().toString();
        Response first = given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("type", "InvestigationRecorded", "data", investigation()))
                .post("/api/v1/cases/" + caseId + "/events");
        first.then().statusCode(201);
        given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("type", "InvestigationRecorded", "data", investigation()))
                .post("/api/v1/cases/" + caseId + "/events").then().statusCode(201)
                .body("eventId", equalTo(first.path("eventId"))).body("version", equalTo(2));
        given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("type", "RightsNotified", "data", rights()))
                .post("/api/v1/cases/" + caseId + "/events").then().statusCode(409);
        assertEquals(2, eventsOf(caseId));
    }

    @Test
    @DisplayName("bad steps: unknown type → 400, unknown field → 422 naming it; another agency → 403; nothing appended")
    void badStepsWriteNothing() {
        String caseId = newCase();
        append(INVESTIGATOR, caseId, "CaseDeleted", Map.of()).then().statusCode(400)
                .body("errors.field", hasItem("type"));
        append(INVESTIGATOR, caseId, "InterferenceRecorded", Map.of("person", "某人", "extra", 1)).then()
                .statusCode(422).body("errors.field", hasItem("extra"));
        append(INVESTIGATOR, caseId, "DecisionClassified", Map.of("draftHash", "x", "major", false)).then()
                .statusCode(400);
        append(TestTokens.officer(TestAgencies.AGENCY_B, "SJ-0009"), caseId, "InterferenceRecorded",
                Map.of("person", "某人", "description", "打听案情", "occurredAt", "2026-09-21T15:00:00+08:00")).then().statusCode(403);
        append(TestTokens.withRole("reviewer", TestAgencies.AGENCY_A), caseId, "InterferenceRecorded",
                Map.of("person", "某人", "description", "打听案情", "occurredAt", "2026-09-21T15:00:00+08:00")).then().statusCode(403);
        append(INVESTIGATOR, UUID.randomUUID().toString(), "InterferenceRecorded",
                Map.of("person", "某人", "description", "打听案情", "occurredAt", "2026-09-21T15:00:00+08:00")).then().statusCode(404);
        assertEquals(1, eventsOf(caseId));
        append(INVESTIGATOR, caseId, "InterferenceRecorded", Map.of("person", "某领导", "position", "副区长",
                "description", "电话要求从轻处理", "occurredAt", "2026-09-21T15:00:00+08:00")).then().statusCode(201)
                .body("status", equalTo("REGISTERED"));
    }

    @Test
    @DisplayName("a busy case: 64 racing appends, some with one shared Idempotency-Key, some with a stale If-Match,"
            + " are written once each, gap-free, and every answer matches the stream")
    void busyCaseIsWrittenInBatches() throws Exception {
        String caseId = newCase();
        String sharedKey = UUID.randomUUID().toString();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<Response>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                int n = i;
                calls.add(pool.submit(() -> {
                    var request = given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON)
                            .body(Map.of("type", "InterferenceRecorded", "data",
                                    Map.of("person", n % 8 == 0 ? "同一来电人" : "来电人" + n, "description", "询问案情", "occurredAt", "2026-09-21T15:00:00+08:00")));
                    if (n % 8 == 0) {
                        request.header("Idempotency-Key", sharedKey);
                    }
                    if (n == 5) {
                        request.header("If-Match", "\"1\"");
                    }
                    return request.post("/api/v1/cases/" + caseId + "/events");
                }));
            }
            java.util.Set<Object> versions = new java.util.HashSet<>();
            java.util.Set<Object> sharedAnswers = new java.util.HashSet<>();
            int conflicts = 0;
            for (int i = 0; i < calls.size(); i++) {
                Response answer = calls.get(i).get();
                if (answer.statusCode() == 409) {
                    conflicts++;
                    continue;
                }
                assertEquals(201, answer.statusCode(), answer.asString());
                if (i % 8 == 0) {
                    sharedAnswers.add(answer.path("eventId"));
                } else {
                    versions.add(answer.path("version"));
                }
            }
            assertEquals(1, sharedAnswers.size(), "one Idempotency-Key, one event");
            // n == 5 asked for version 1 and loses unless it happened to be first
            long written = versions.size() + 1;
            assertEquals(1 + written, eventsOf(caseId));
            assertEquals(written + conflicts, 64 - 8 + 1);
            assertEquals(1 + written, TestDatabase.count("select max(version) from case_events where case_id = '"
                    + caseId + "'"));
            given().auth().oauth2(INVESTIGATOR).get("/api/v1/cases/" + caseId).then()
                    .header("ETag", "\"" + (1 + written) + "\"");
        } finally {
            pool.shutdownNow();
        }
    }
}
