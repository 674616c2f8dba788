package gov.enforcement.system;

import gov.enforcement.devstack.DevStack;
import gov.enforcement.devstack.SecureTransport;
import gov.enforcement.events.Topics;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stack in --secure-transport mode (issue 16): the four services work end to end with their own Kafka
 * identities and PostgreSQL over TLS, and the broker refuses a service that writes another's topic or reads in
 * another's group, and anyone without a certificate.
 */
class SecureTransportIT {

    private static final String AGENCY = "11130100MB12345671";
    private static final Duration PROPAGATION = Duration.ofSeconds(60);

    private static DevStack stack;
    private static String gateway;

    @BeforeAll
    static void startSecureStack() {
        // a stack of its own, with the machine's two cores to itself
        TestStacks.stopShared();
        stack = TestStacks.startSecure();
        gateway = TestStacks.gateway(stack);
    }

    @AfterAll
    static void stopSecureStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @DisplayName("a case registered through the gateway reaches legal review and disclosure over TLS, each service as itself")
    void servicesWorkEndToEnd() {
        String officer = token("officer-1", "officer", "HB-0001");
        String caseId = api(officer).contentType(ContentType.JSON).body(Map.of(
                        "category", "PENALTY",
                        "matter", "未依法支付劳动报酬",
                        "parties", List.of(Map.of("kind", "PERSON", "name", "张三", "idNumber", "130102198001010010")),
                        "officers", List.of(Map.of("name", "李四", "certificate", "HB-0001"))))
                .post("/api/v1/cases").then().statusCode(201).extract().path("caseId");
        String reviewer = token("reviewer-1", "reviewer", null);
        await("legal review consumed the case", () -> api(reviewer).get("/api/v1/reviews/cases/" + caseId).statusCode() == 200);
        String clerk = token("clerk-1", "disclosure-clerk", null);
        await("disclosure consumed the case", () -> api(clerk).get("/api/v1/disclosures/cases/" + caseId).statusCode() == 200);
    }

    @Test
    @DisplayName("legal review's certificate cannot write recording's topic: TopicAuthorizationException")
    void wrongIdentityCannotForgeCaseEvents() {
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> send(kafka("legal-review-service"), Topics.CASE_EVENTS));
        assertInstanceOf(TopicAuthorizationException.class, refused.getCause());
    }

    @Test
    @DisplayName("recording's certificate cannot read in legal review's consumer group: GroupAuthorizationException")
    void wrongIdentityCannotJoinAnotherGroup() {
        Map<String, Object> config = new HashMap<>(kafka("recording-service"));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "legal-review-service");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.REVIEW_EVENTS));
            assertThrows(GroupAuthorizationException.class, () -> consumer.poll(Duration.ofSeconds(10)));
        }
    }

    @Test
    @DisplayName("no client certificate: the TLS handshake fails; plaintext: no answer at all; PostgreSQL without TLS: refused")
    void strangersCannotConnect() {
        ExecutionException anonymous = assertThrows(ExecutionException.class, () -> send(kafka(null), Topics.CASE_EVENTS));
        assertInstanceOf(SslAuthenticationException.class, anonymous.getCause());

        Map<String, Object> plaintext = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers());
        assertThrows(ExecutionException.class, () -> send(plaintext, Topics.CASE_EVENTS));

        String noTls = "jdbc:postgresql://localhost:" + stack.postgres().port() + "/recording?sslmode=disable";
        SQLException refused = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(noTls, stack.postgres().username(), stack.postgres().password()).close());
        assertTrue(refused.getMessage().contains("pg_hba.conf"), refused.getMessage());
    }

    private static Map<String, Object> kafka(String identity) {
        SecureTransport transport = stack.transport();
        return transport.kafkaClient(stack.kafka().bootstrapServers(), identity);
    }

    private static void send(Map<String, Object> client, String topic) throws Exception {
        Map<String, Object> config = new HashMap<>(client);
        // a refusal is immediate; a plaintext client gets no answer and gives up after these few seconds
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 5_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "forged-case", "{}")).get(15, TimeUnit.SECONDS);
        }
    }

    private static String token(String sub, String role, String cert) {
        Map<String, Object> claims = new HashMap<>(Map.of("sub", sub, "groups", List.of(role), "agency", AGENCY));
        if (cert != null) {
            claims.put("cert", cert);
        }
        return given().baseUri(gateway).contentType(ContentType.JSON).body(claims).post("/dev/tokens").then()
                .statusCode(200).extract().path("token");
    }

    private static RequestSpecification api(String token) {
        return given().baseUri(gateway).auth().oauth2(token);
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(PROPAGATION);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + " within " + PROPAGATION + "; logs in " + stack.logsDir());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(what + ": interrupted");
            }
        }
    }
}
