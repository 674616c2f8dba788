package gov.enforcement.system;

import gov.enforcement.devstack.DevStack;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 4's story through the gateway: legal review and recording agree on the L-GATE over Kafka. */
class MajorDecisionIT {

    static final String AGENCY = "11130100MB12345671";
    static final List<String> ITEMS = List.of("COMPETENCE", "PROCEDURE", "FACTS_AND_EVIDENCE", "LAW_AND_DISCRETION",
            "NO_ULTRA_VIRES", "DOCUMENTS", "CRIMINAL_TRANSFER");

    static String gateway;
    static String investigator;
    static String decider;
    static String reviewer;

    private static DevStack current;

    @BeforeAll
    static synchronized void stack() {
        DevStack stack = TestStacks.shared();
        if (stack == current) {
            return; // the same shared stack; another IT may have stopped the last one and a fresh one has new keys
        }
        current = stack;
        gateway = TestStacks.gateway(stack);
        investigator = token("officer-1", "officer", "HB-0001");
        decider = token("officer-3", "officer", "HB-0003");
        reviewer = token("reviewer-1", "reviewer", null);
    }

    @Test
    @DisplayName("L-GATE: a major draft is refused, returned, redrafted, approved, discussed — then issued; the case file shows it all")
    void majorDecisionThroughReview() {
        String caseId = draftedCase(200_000);
        String firstHash = awaitClassified(caseId, true);
        step(decider, caseId, "DecisionIssued", Map.of("documentNumber", "石人社监罚〔2026〕7号")).then()
                .statusCode(422).body("rule", equalTo("L-GATE"));

        String firstReview = awaitReview(caseId, firstHash);
        api(reviewer).post("/api/v1/reviews/" + firstReview + "/claim").then().statusCode(200);
        api(decider).contentType(ContentType.JSON).body(submission(List.of()))
                .post("/api/v1/reviews/" + firstReview + "/submission").then().statusCode(200);
        api(reviewer).contentType(ContentType.JSON).body(Map.of("outcome", "RETURN", "problems", "罚款数额与裁量基准第3档不符",
                "items", items("LAW_AND_DISCRETION"))).post("/api/v1/reviews/" + firstReview + "/opinions")
                .then().statusCode(200);

        step(investigator, caseId, "DecisionDrafted", draft(150_000)).then().statusCode(201);
        String secondHash = awaitClassified(caseId, true);
        String secondReview = awaitReview(caseId, secondHash);
        api(reviewer).post("/api/v1/reviews/" + secondReview + "/claim").then().statusCode(200);
        // the redraft's submission answers the problem the return raised (L-OPINION)
        api(decider).contentType(ContentType.JSON).body(submission(List.of()))
                .post("/api/v1/reviews/" + secondReview + "/submission").then().statusCode(422).body("rule", equalTo("L-OPINION"));
        api(decider).contentType(ContentType.JSON).body(submission(List.of(Map.of("problem", 1, "answer", "已按第3档重新裁量"))))
                .post("/api/v1/reviews/" + secondReview + "/submission").then().statusCode(200);
        api(reviewer).contentType(ContentType.JSON).body(Map.of("outcome", "APPROVE", "items", items(null)))
                .post("/api/v1/reviews/" + secondReview + "/opinions").then().statusCode(200);
        api(reviewer).contentType(ContentType.JSON).body(Map.of("heldOn", "2026-09-28",
                        "participants", List.of("局长", "副局长", "法规科科长"), "outcome", "APPROVED"))
                .post("/api/v1/reviews/" + secondReview + "/collective-discussion").then().statusCode(200);

        await("the gate opens", () -> step(decider, caseId, "DecisionIssued",
                Map.of("documentNumber", "石人社监罚〔2026〕7号")).statusCode() == 201);

        JsonPath file = api(investigator).queryParam("purpose", "结案检查").get("/api/v1/cases/" + caseId + "/record")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Long> types = file.getList("type", String.class).stream()
                .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
        assertEquals(2L, types.get("DecisionClassified"));
        assertEquals(2L, types.get("ReviewOpinionGiven"));
        assertEquals(1L, types.get("CollectiveDiscussionHeld"));
        assertEquals(1L, types.get("DecisionIssued"));
        List<Map<String, Object>> opinions = file.getList("findAll { it.type == 'ReviewOpinionGiven' }.data");
        assertEquals(List.of("RETURN", "APPROVE"), opinions.stream().map(o -> o.get("outcome")).toList());
        assertTrue(opinions.stream().allMatch(o -> ((List<?>) o.get("items")).size() == 7), "both checklists are kept");
    }

    @Test
    @DisplayName("L-CATALOGUE: a minor draft is classified not major, with the catalogue version, and issues at once")
    void minorDecisionIssuesAtOnce() {
        String caseId = draftedCase(2_000);
        awaitClassified(caseId, false);
        await("the minor decision issues", () -> step(decider, caseId, "DecisionIssued",
                Map.of("documentNumber", "石人社监罚〔2026〕8号")).statusCode() == 201);
        api(investigator).get("/api/v1/cases/" + caseId).then().body("status", equalTo("DECIDED"))
                .body("draft.catalogueVersion", equalTo("1"));
    }

    static String draftedCase(int fine) {
        String caseId = api(investigator).contentType(ContentType.JSON).body(Map.of("category", "PENALTY",
                        "matter", "未依法支付劳动报酬",
                        "parties", List.of(Map.of("kind", "PERSON", "name", "张三", "idNumber", "130102198001010010"))))
                .post("/api/v1/cases").then().statusCode(201).extract().path("caseId");
        step(investigator, caseId, "InvestigationRecorded", Map.of("kind", "INVESTIGATION",
                "certificates", List.of("HB-0001", "HB-0002"), "startedAt", "2026-03-04T09:30:00+08:00", "endedAt", "2026-03-04T11:40:00+08:00", "summary", "调取工资发放记录")).then().statusCode(201);
        step(investigator, caseId, "RightsNotified", Map.of("reason", "拟作出行政处罚", "legalBasis", "《劳动保障监察条例》第二十六条",
                "rights", List.of("STATEMENT", "DEFENCE", "HEARING"), "method", "WRITTEN", "notifiedAt", "2026-03-20T10:05:00+08:00")).then().statusCode(201);
        step(investigator, caseId, "DecisionDrafted", draft(fine)).then().statusCode(201);
        return caseId;
    }

    static Map<String, Object> draft(int fine) {
        return Map.of("decisionType", "FINE", "facts", "拖欠工资三个月", "legalBasis", "《劳动保障监察条例》第二十六条",
                "discretionBenchmark", "裁量基准第3档", "discretionReasons", "拖欠人数多、时间长", "fineAmount", fine);
    }

    static List<Map<String, Object>> items(String failed) {
        return ITEMS.stream().map(item -> {
            Map<String, Object> result = new HashMap<>(Map.of("item", item, "passed", !item.equals(failed)));
            result.put("comment", item.equals(failed) ? "裁量理由不足" : "符合");
            return result;
        }).toList();
    }

    /** Waits until recording holds legal review's classification of the current draft; answers its hash. */
    static String awaitClassified(String caseId, boolean major) {
        Supplier<JsonPath> state = () -> api(investigator).get("/api/v1/cases/" + caseId).then().extract().jsonPath();
        await("draft classified", () -> state.get().get("draft.major") != null);
        assertEquals(major, state.get().getBoolean("draft.major"));
        return state.get().getString("draft.hash");
    }

    static String awaitReview(String caseId, String draftHash) {
        String[] found = new String[1];
        await("a review opens for the draft", () -> {
            List<Map<String, Object>> queue = api(reviewer).get("/api/v1/reviews?status=OPEN").then().statusCode(200)
                    .extract().jsonPath().getList("review");
            queue.stream().filter(r -> caseId.equals(r.get("caseId")) && draftHash.equals(r.get("draftHash")))
                    .findFirst().ifPresent(r -> found[0] = (String) r.get("reviewId"));
            return found[0] != null;
        });
        return found[0];
    }

    static io.restassured.response.Response step(String token, String caseId, String type, Map<String, Object> data) {
        return api(token).contentType(ContentType.JSON).body(Map.of("type", type, "data", data))
                .post("/api/v1/cases/" + caseId + "/events");
    }

    static RequestSpecification api(String token) {
        return given().baseUri(gateway).auth().oauth2(token);
    }

    static String token(String sub, String role, String cert) {
        Map<String, Object> claims = new HashMap<>(Map.of("sub", sub, "groups", List.of(role), "agency", AGENCY));
        if (cert != null) {
            claims.put("cert", cert);
        }
        return given().baseUri(gateway).contentType(ContentType.JSON).body(claims).post("/dev/tokens").then()
                .statusCode(200).extract().path("token");
    }

    static void await(String what, java.util.function.BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(what);
            }
        }
        throw new AssertionError(what + " within 60 s");
    }

    /** The undertaking unit's submission (seed 003 §14-§15): the required materials, the declaration, the answers. */
    private static Map<String, Object> submission(List<Map<String, Object>> answers) {
        return Map.of("materials", List.of("DECISION_DRAFT", "INVESTIGATION_REPORT", "EVIDENCE_LIST"), "declaration", true,
                "answers", answers);
    }
}
