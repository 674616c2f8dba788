package gov.enforcement.system;

import com.fasterxml.jackson.databind.JsonNode;
import gov.enforcement.system.FaultApi.Answer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Steady load through the gateway while faults happen: officer clients register cases and take each to an issued
 * decision (minor fines at once, every fourth a major one through legal review), and a reviewer client approves
 * the major drafts. Every append the client was told succeeded (2xx) is remembered with a marker written into
 * its data, so that the log can be searched for it afterwards; retries reuse their Idempotency-Key.
 */
final class FaultLoad {

    /** An append the client saw succeed; {@code marker} is a unique text in the event's data. */
    record Accepted(UUID caseId, UUID eventId, long version, String type, String marker) {
    }

    static final String AGENCY = "11130100MB12345671";
    static final String MARKER_PREFIX = "FI-";
    static final List<String> ITEMS = List.of("COMPETENCE", "PROCEDURE", "FACTS_AND_EVIDENCE", "LAW_AND_DISCRETION",
            "NO_ULTRA_VIRES", "DOCUMENTS", "CRIMINAL_TRANSFER");

    private static final int ACTIVE_CASES_PER_CLIENT = 3;
    private static final Duration RETRY_FOR = Duration.ofSeconds(60);
    private static final Duration PACE = Duration.ofMillis(60);
    private static final Duration GATE_WAIT = Duration.ofMillis(700);

    private final FaultApi api;
    private final String investigator;
    private final String decider;
    private final String reviewer;
    private final List<Accepted> accepted = Collections.synchronizedList(new ArrayList<>());
    private final Set<UUID> issuedCases = ConcurrentHashMap.newKeySet();
    private final Set<UUID> majorCases = ConcurrentHashMap.newKeySet();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong gaveUp = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong gateWaits = new AtomicLong();
    private final AtomicLong reviewActions = new AtomicLong();
    private final AtomicInteger documents = new AtomicInteger();
    private final List<String> refusals = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    FaultLoad(FaultApi api) {
        this.api = api;
        this.investigator = api.token("officer-1", "officer", AGENCY, "HB-0001");
        this.decider = api.token("officer-3", "officer", AGENCY, "HB-0003");
        this.reviewer = api.token("reviewer-1", "reviewer", AGENCY, null);
    }

    void start(int officerClients) {
        running = true;
        for (int i = 0; i < officerClients; i++) {
            threads.add(started(new Thread(this::officer, "load-officer-" + i)));
        }
        threads.add(started(new Thread(this::reviewer, "load-reviewer")));
    }

    private static Thread started(Thread thread) {
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Stops taking new steps; requests in flight finish (with their retries). */
    void stop() throws InterruptedException {
        running = false;
        for (Thread t : threads) {
            t.join(RETRY_FOR.plusSeconds(10).toMillis());
        }
    }

    List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    Set<UUID> issuedCases() {
        return Set.copyOf(issuedCases);
    }

    Set<UUID> majorCases() {
        return Set.copyOf(majorCases);
    }

    String stats() {
        return "requests=" + requests + " retries=" + retries + " gaveUp=" + gaveUp + " refused=" + refused
                + " gateWaits=" + gateWaits + " reviewActions=" + reviewActions + " issued=" + issuedCases.size()
                + " (major " + majorCases.stream().filter(issuedCases::contains).count() + ")"
                + (refusals.isEmpty() ? "" : " firstRefusals=" + refusals.subList(0, Math.min(3, refusals.size())));
    }

    private final class CaseInProgress {
        final UUID caseId;
        final boolean major;
        int step;
        Instant notBefore = Instant.MIN;

        CaseInProgress(UUID caseId, boolean major) {
            this.caseId = caseId;
            this.major = major;
        }
    }

    private void officer() {
        List<CaseInProgress> active = new ArrayList<>();
        int registered = 0;
        while (running) {
            if (active.size() < ACTIVE_CASES_PER_CLIENT) {
                boolean major = registered++ % 4 == 3;
                register(major).ifPresent(caseId -> active.add(new CaseInProgress(caseId, major)));
            } else {
                CaseInProgress next = active.remove(0);
                if (Instant.now().isBefore(next.notBefore) || advance(next)) {
                    active.add(next);
                }
            }
            pause(PACE);
        }
    }

    private Optional<UUID> register(boolean major) {
        String marker = marker();
        Map<String, Object> body = Map.of("category", "PENALTY", "matter", "未依法支付劳动报酬 " + marker,
                "parties", List.of(Map.of("kind", "PERSON", "name", "张三", "idNumber", "130102198001010010")),
                "officers", List.of(Map.of("name", "李四", "certificate", "HB-0001")));
        Answer answer = retried(investigator, "/api/v1/cases", body);
        if (!answer.ok()) {
            gaveUp.incrementAndGet();
            return Optional.empty();
        }
        UUID caseId = UUID.fromString(answer.body().path("caseId").asText());
        accepted.add(new Accepted(caseId, UUID.fromString(answer.body().path("eventId").asText()),
                answer.body().path("version").asLong(), "CaseRegistered", marker));
        if (major) {
            majorCases.add(caseId);
        }
        return Optional.of(caseId);
    }

    /** Takes the case's next step; answers whether the case still has steps to go. */
    private boolean advance(CaseInProgress c) {
        String marker = marker();
        String type;
        Map<String, Object> data;
        String token = investigator;
        switch (c.step) {
            case 0 -> {
                type = "InvestigationRecorded";
                data = Map.of("kind", "INVESTIGATION", "certificates", List.of("HB-0001", "HB-0002"),
                        "startedAt", "2026-03-04T09:30:00+08:00", "endedAt", "2026-03-04T11:40:00+08:00",
                        "summary", "调取工资发放记录 " + marker);
            }
            case 1 -> {
                type = "RightsNotified";
                data = Map.of("reason", "拟作出行政处罚 " + marker, "legalBasis", "《劳动保障监察条例》第二十六条",
                        "rights", List.of("STATEMENT", "DEFENCE", "HEARING"), "method", "WRITTEN", "notifiedAt", "2026-03-20T10:05:00+08:00");
            }
            case 2 -> {
                type = "DecisionDrafted";
                data = Map.of("decisionType", "FINE", "facts", "拖欠工资三个月 " + marker,
                        "legalBasis", "《劳动保障监察条例》第二十六条", "discretionBenchmark", "裁量基准第3档",
                        "discretionReasons", "拖欠人数多、时间长", "fineAmount", c.major ? 200_000 : 2_000);
            }
            default -> {
                type = "DecisionIssued";
                data = Map.of("documentNumber", "石人社监罚〔2026〕" + documents.incrementAndGet() + "号 " + marker);
                token = decider;
            }
        }
        Answer answer = append(token, c.caseId, Map.of("type", type, "data", data));
        if (answer.ok()) {
            JsonNode body = answer.body();
            accepted.add(new Accepted(c.caseId, UUID.fromString(body.path("eventId").asText()),
                    body.path("version").asLong(), type, marker));
            c.step++;
            if (type.equals("DecisionIssued")) {
                issuedCases.add(c.caseId);
                return false;
            }
            return true;
        }
        if (answer.status() == 422 && "L-GATE".equals(answer.rule())) {
            gateWaits.incrementAndGet(); // legal review's classification (or approval) is not in the stream yet
            c.notBefore = Instant.now().plus(GATE_WAIT);
            return true;
        }
        if (answer.transientFailure()) {
            gaveUp.incrementAndGet();
        } else {
            refused.incrementAndGet();
            refusals.add(type + " on " + c.caseId + ": " + answer);
        }
        return false;
    }

    private Answer append(String token, UUID caseId, Map<String, Object> body) {
        return retried(token, "/api/v1/cases/" + caseId + "/events", body);
    }

    /** One logical write: retried with the same Idempotency-Key until the answer is no longer a passing failure. */
    private Answer retried(String token, String path, Map<String, Object> body) {
        Map<String, String> headers = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Instant deadline = Instant.now().plus(RETRY_FOR);
        Duration backoff = Duration.ofMillis(200);
        while (true) {
            requests.incrementAndGet();
            Answer answer = api.post(token, path, body, headers);
            if (!answer.transientFailure() || Instant.now().isAfter(deadline)) {
                return answer;
            }
            retries.incrementAndGet();
            pause(backoff);
            backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(2)) > 0 ? Duration.ofSeconds(2) : backoff.multipliedBy(2);
        }
    }

    private void reviewer() {
        while (running) {
            Answer queue = api.get(reviewer, "/api/v1/reviews?status=OPEN,ASSIGNED,APPROVED");
            if (queue.ok()) {
                for (JsonNode view : queue.body()) {
                    reviewStep(view.path("review"));
                }
            }
            pause(Duration.ofMillis(400));
        }
    }

    // every action is guarded by the review's state, so a repeat after an unclear answer is refused, not doubled
    private void reviewStep(JsonNode review) {
        String path = "/api/v1/reviews/" + review.path("reviewId").asText();
        Answer answer = switch (review.path("status").asText()) {
            case "OPEN" -> api.post(reviewer, path + "/claim", null);
            case "ASSIGNED" -> !review.path("submitted").asBoolean()
                    ? api.post(decider, path + "/submission", Map.of("materials", List.of("DECISION_DRAFT",
                    "INVESTIGATION_REPORT", "EVIDENCE_LIST"), "declaration", true, "answers", List.of()))
                    : "reviewer-1".equals(review.path("reviewer").asText())
                    ? api.post(reviewer, path + "/opinions", Map.of("outcome", "APPROVE", "items", items())) : null;
            case "APPROVED" -> review.path("discussed").asBoolean()
                    ? null
                    : api.post(reviewer, path + "/collective-discussion", Map.of("heldOn", "2026-09-28",
                    "participants", List.of("局长", "副局长", "法规科科长"), "outcome", "APPROVED"));
            default -> null;
        };
        if (answer != null && answer.ok()) {
            reviewActions.incrementAndGet();
        }
    }

    private static List<Map<String, Object>> items() {
        return ITEMS.stream().map(item -> {
            Map<String, Object> result = new HashMap<>();
            result.put("item", item);
            result.put("passed", true);
            result.put("comment", "符合");
            return result;
        }).toList();
    }

    private static String marker() {
        return MARKER_PREFIX + UUID.randomUUID();
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
