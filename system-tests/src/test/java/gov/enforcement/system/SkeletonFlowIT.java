package gov.enforcement.system;

import gov.enforcement.devstack.DevStack;
import gov.enforcement.devstack.ServiceProcess;
import gov.enforcement.events.Topics;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The walking skeleton across the four packaged services on real PostgreSQL and Kafka: a case registered
 * through the gateway reaches legal review and disclosure, and a disclosure service killed mid-flow
 * catches up on restart, applying every event exactly once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SkeletonFlowIT {

    static final String AGENCY = "11130100MB12345671";
    static final String OTHER_AGENCY = "12130100MB00000019";
    static final Duration PROPAGATION = Duration.ofSeconds(60);

    static DevStack stack;
    static String gateway;

    @BeforeAll
    static void startStack() {
        stack = TestStacks.shared();
        gateway = TestStacks.gateway(stack);
    }

    @Test
    @Order(1)
    @DisplayName("a case registered through the gateway reaches legal review and disclosure")
    void registeredCaseReachesEveryService() {
        String officer = token("officer-1", "officer", AGENCY, "HB-0001");
        String caseId = registerCase(officer);
        given().baseUri(gateway).auth().oauth2(officer).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("status", equalTo("REGISTERED"));

        String reviewer = token("reviewer-1", "reviewer", AGENCY, null);
        await("legal review records the case", () -> api(reviewer).get("/api/v1/reviews/cases/" + caseId).statusCode() == 200);
        String clerk = token("clerk-1", "disclosure-clerk", AGENCY, null);
        await("disclosure records the case", () -> api(clerk).get("/api/v1/disclosures/cases/" + caseId).statusCode() == 200);
        api(clerk).get("/api/v1/disclosures/cases/" + caseId).then().body("caseId", equalTo(caseId));
    }

    @Test
    @Order(2)
    @DisplayName("no token → 401, another agency → 403, malformed body → 400, all as problem+json through the gateway")
    void refusalsThroughTheGateway() {
        given().baseUri(gateway).contentType(ContentType.JSON).body("{}").post("/api/v1/cases").then()
                .statusCode(401).contentType("application/problem+json");
        String officer = token("officer-1", "officer", AGENCY, "HB-0001");
        String caseId = registerCase(officer);
        api(token("officer-9", "officer", OTHER_AGENCY, "SJ-0009")).get("/api/v1/cases/" + caseId).then()
                .statusCode(403).contentType("application/problem+json");
        api(officer).contentType(ContentType.JSON).body("{\"category\":").post("/api/v1/cases").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    @Order(3)
    @DisplayName("disclosure killed with -9 mid-flow and restarted applies what it missed exactly once")
    void disclosureCatchesUpExactlyOnce() throws Exception {
        String officer = token("officer-1", "officer", AGENCY, "HB-0001");
        ServiceProcess disclosure = stack.services().stream()
                .filter(s -> s.name().equals("disclosure-service")).findFirst().orElseThrow();

        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            if (i == 15) {
                disclosure.kill();
            }
            cases.add(registerCase(officer));
        }
        disclosure.restart();
        disclosure.awaitReady(Duration.ofSeconds(120));

        String clerk = token("clerk-1", "disclosure-clerk", AGENCY, null);
        String ours = "select count(*) from disclosure_cases where case_id in ("
                + cases.stream().map(id -> "'" + id + "'").collect(java.util.stream.Collectors.joining(",")) + ")";
        await("disclosure catches up on all " + cases.size() + " cases", () -> {
            try {
                return countRows("disclosure", ours) == cases.size();
            } catch (SQLException e) {
                return false;
            }
        });
        for (String caseId : cases) {
            api(clerk).get("/api/v1/disclosures/cases/" + caseId).then().statusCode(200);
        }
        assertEquals(0, countRows("disclosure",
                "select count(*) from (select event_id from inbox group by event_id having count(*) > 1) d"),
                "no event claimed twice");
        assertEquals(0, deadLetters(Topics.deadLetter(Topics.CASE_EVENTS)), "nothing was dead-lettered");
        Thread.sleep(2_000); // a late redelivery would show up as an extra row or a dead letter
        assertEquals(cases.size(), countRows("disclosure", ours));
        assertEquals(0, deadLetters(Topics.deadLetter(Topics.CASE_EVENTS)));
    }

    static String registerCase(String officerToken) {
        Map<String, Object> body = Map.of(
                "category", "PENALTY",
                "matter", "未依法支付劳动报酬",
                "parties", List.of(Map.of("kind", "PERSON", "name", "张三", "idNumber", "130102198001010010")),
                "officers", List.of(Map.of("name", "李四", "certificate", "HB-0001")));
        return api(officerToken).contentType(ContentType.JSON).body(body).post("/api/v1/cases").then()
                .statusCode(201).extract().path("caseId");
    }

    static String token(String sub, String role, String agency, String cert) {
        Map<String, Object> claims = new java.util.HashMap<>(Map.of("sub", sub, "groups", List.of(role), "agency", agency));
        if (cert != null) {
            claims.put("cert", cert);
        }
        return given().baseUri(gateway).contentType(ContentType.JSON).body(claims).post("/dev/tokens").then()
                .statusCode(200).extract().path("token");
    }

    static RequestSpecification api(String token) {
        return given().baseUri(gateway).auth().oauth2(token);
    }

    static long countRows(String database, String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(stack.postgres().jdbcUrl(database),
                stack.postgres().username(), stack.postgres().password());
             ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static String safeCount(String database, String sql) {
        try {
            return Long.toString(countRows(database, sql));
        } catch (SQLException e) {
            return "? (" + e.getMessage() + ")";
        }
    }

    static long deadLetters(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(PROPAGATION);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(what + ": interrupted");
            }
        }
        assertTrue(condition.getAsBoolean(), what + " within " + PROPAGATION + "; disclosure_cases has "
                + safeCount("disclosure", "select count(*) from disclosure_cases") + " rows");
    }
}
