package gov.enforcement.system;

import gov.enforcement.devstack.DevStack;
import gov.enforcement.devstack.ServiceProcess;
import gov.enforcement.devstack.StackOptions;
import gov.enforcement.devstack.StackService;
import gov.enforcement.devstack.TraceLog;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one-machine stack run as production runs (issue 16): evidence in a real S3 API server ({@code --evidence-store s3})
 * and every span of every service exported over OTLP ({@code --tracing}) to the stack's trace log.
 */
@DisplayName("the stack as production runs it: evidence in S3, every request traced")
class ProductionModesIT {

    static final String AGENCY = "11130100MB12345671";
    static final String AT = "2026-09-21T10:00:00+08:00";
    static final List<String> TWO = List.of("HB-0001", "HB-0002");

    static DevStack stack;
    static String gateway;
    static String officer;

    @BeforeAll
    static void start() throws Exception {
        TestStacks.stopShared(); // a stack of its own: the machine's cores are for this one
        stack = TestStacks.startWithShippedLimits(
                options -> options.withEvidenceStore(StackOptions.EvidenceStore.S3).withTracing());
        gateway = TestStacks.gateway(stack);
        StackTokens tokens = new StackTokens(stack, gateway);
        officer = tokens.dev("officer-1", "officer", AGENCY, "HB-0001");
        api(tokens.dev("admin-1", "admin", AGENCY, null)).contentType(ContentType.JSON).body(Map.of("autoPublish", true))
                .put("/api/v1/disclosures/policies/agencies/" + AGENCY).then().statusCode(200);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @DisplayName("R-AV: evidence uploaded through the gateway lands in the bucket under its hash and reads back, byte for byte, after recording restarts")
    void evidenceInS3SurvivesARecordingRestart() throws Exception {
        String caseId = register("GENERAL_PENALTY");
        step(caseId, "InvestigationRecorded", Map.of("kind", "INVESTIGATION", "certificates", TWO,
                "startedAt", "2026-09-20T09:00:00+08:00", "endedAt", "2026-09-20T11:00:00+08:00", "summary", "现场检查"));
        byte[] video = mp4("执法记录 " + caseId);
        String sha = sha256(video);
        api(officer).contentType("video/mp4").body(video).header("X-Content-SHA256", sha)
                .queryParam("kind", "VIDEO").queryParam("device", "执法记录仪 DSJ-01")
                .queryParam("forStep", "InvestigationRecorded").queryParam("startedAt", "2026-09-20T09:00:00+08:00")
                .queryParam("endedAt", "2026-09-20T09:30:00+08:00").queryParam("place", "石家庄市长安区")
                .post("/api/v1/cases/" + caseId + "/evidence").then().statusCode(201).body("sha256", equalTo(sha));

        assertTrue(bucketHolds(sha), "the content is an object of the evidence bucket, keyed by its hash");
        assertFalse(Files.exists(stack.options().dataDir().resolve("blobs")), "nothing went to the filesystem store");

        ServiceProcess recording = service(StackService.RECORDING);
        recording.restart();
        recording.awaitReady(Duration.ofSeconds(120));

        byte[] read = api(officer).queryParam("purpose", "复核证据").get("/api/v1/cases/" + caseId + "/evidence/" + sha)
                .then().statusCode(200).header("X-Content-SHA256", sha).contentType("video/mp4")
                .extract().asByteArray();
        assertArrayEquals(video, read);
    }

    @Test
    @DisplayName("one decision, sent through the gateway, is one trace: gateway, recording, then legal review and disclosure as they consume it")
    void oneDecisionIsOneTraceAcrossTheFourServices() {
        String caseId = register("SIMPLIFIED_PENALTY");
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        api(officer).header("traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01")
                .contentType(ContentType.JSON)
                .body(Map.of("type", "OnTheSpotDecisionMade", "data", Map.of("documentNumber", "石市监当罚〔2026〕300号",
                        "penalties", List.of("FINE"), "fineAmount", 200, "facts", "占道经营",
                        "legalBasis", "《城市市容和环境卫生管理条例》第三十六条", "certificates", TWO, "place", "中山东路",
                        "decidedAt", AT)))
                .post("/api/v1/cases/" + caseId + "/events").then().statusCode(201);

        Set<String> wanted = Set.of("gateway", "recording-service", "legal-review-service", "disclosure-service");
        List<TraceLog.RecordedSpan> trace = awaitTrace(traceId, wanted);
        Map<String, TraceLog.RecordedSpan> byId = trace.stream()
                .collect(Collectors.toMap(TraceLog.RecordedSpan::spanId, s -> s, (a, b) -> a));
        for (String consumer : List.of("legal-review-service", "disclosure-service")) {
            TraceLog.RecordedSpan consumed = trace.stream()
                    .filter(s -> s.service().equals(consumer) && s.kind().equals("CONSUMER")).findFirst()
                    .orElseThrow(() -> new AssertionError(consumer + " has no consumer span in " + describe(trace)));
            assertEquals("recording-service", serviceOfAncestor(consumed, byId, "recording-service"),
                    consumer + "'s span descends from recording's: " + describe(trace));
        }
        assertTrue(trace.stream().anyMatch(s -> s.service().equals("gateway") && s.kind().equals("SERVER")),
                "the gateway's own span: " + describe(trace));
    }

    @Test
    @DisplayName("the public search's token bucket, as shipped (burst 30, 10/s per address): past it, 429 problem+json with Retry-After")
    void publicSearchIsRateLimited() {
        Instant started = Instant.now();
        int served = 0;
        io.restassured.response.Response refused = null;
        for (int i = 0; i < 500 && refused == null; i++) {
            io.restassured.response.Response answer = given().baseUri(gateway).queryParam("q", "占道经营")
                    .get("/api/v1/public/decisions");
            if (answer.statusCode() == 429) {
                refused = answer;
            } else {
                assertEquals(200, answer.statusCode(), answer.asString());
                served++;
            }
        }
        assertTrue(refused != null, "no 429 after " + served + " searches");
        refused.then().contentType("application/problem+json");
        assertTrue(Integer.parseInt(refused.header("Retry-After")) >= 1, "Retry-After in whole seconds");
        double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        assertTrue(served >= 30 && served <= 30 + Math.ceil(10 * seconds) + 1,
                served + " searches served in " + seconds + " s: the burst, then 10 a second");
    }

    // walks the parent chain inside the trace; a span exported by another service is found by its id
    private static String serviceOfAncestor(TraceLog.RecordedSpan span, Map<String, TraceLog.RecordedSpan> byId,
                                            String service) {
        for (TraceLog.RecordedSpan at = byId.get(span.parentSpanId()); at != null; at = byId.get(at.parentSpanId())) {
            if (at.service().equals(service)) {
                return service;
            }
        }
        return "none";
    }

    private static List<TraceLog.RecordedSpan> awaitTrace(String traceId, Set<String> services) {
        Path file = stack.traceLog().file();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        List<TraceLog.RecordedSpan> trace = List.of();
        while (Instant.now().isBefore(deadline)) {
            trace = TraceLog.read(file).stream().filter(s -> s.traceId().equals(traceId)).toList();
            Set<String> seen = trace.stream().map(TraceLog.RecordedSpan::service).collect(Collectors.toSet());
            if (seen.containsAll(services) && trace.stream().filter(s -> s.kind().equals("CONSUMER")).count() >= 2) {
                return trace;
            }
            sleep(500);
        }
        throw new AssertionError("trace " + traceId + " should span " + services + " within 60 s: " + describe(trace));
    }

    private static String describe(List<TraceLog.RecordedSpan> trace) {
        return trace.stream().map(s -> s.service() + ":" + s.kind() + ":" + s.name() + "(" + s.spanId() + "<" + s.parentSpanId() + ")")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static boolean bucketHolds(String sha) throws Exception {
        // s3proxy's filesystem backend keeps each object as a file named by its key, under <data>/s3/<bucket>/
        Set<String> names = new TreeSet<>();
        try (var files = Files.walk(stack.options().dataDir().resolve("s3"))) {
            files.filter(Files::isRegularFile).forEach(f -> names.add(f.getFileName().toString()));
        }
        return names.contains(sha);
    }

    static String register(String procedure) {
        Map<String, Object> body = new HashMap<>(Map.of("category", "PENALTY", "matter", "测试事项", "procedure", procedure,
                "parties", List.of(Map.of("kind", "PERSON", "name", "张三", "idNumber", "130102198001010010"))));
        return api(officer).contentType(ContentType.JSON).body(body).post("/api/v1/cases").then().statusCode(201)
                .extract().path("caseId");
    }

    static void step(String caseId, String type, Map<String, Object> data) {
        api(officer).contentType(ContentType.JSON).body(Map.of("type", type, "data", data))
                .post("/api/v1/cases/" + caseId + "/events").then().statusCode(201);
    }

    static ServiceProcess service(StackService service) {
        return stack.services().stream().filter(s -> s.name().equals(service.serviceName())).findFirst().orElseThrow();
    }

    static RequestSpecification api(String token) {
        return given().baseUri(gateway).auth().oauth2(token);
    }

    static byte[] mp4(String filler) {
        byte[] head = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm',
                'm', 'p', '4', '1'};
        byte[] tail = filler.repeat(2000).getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }
}
