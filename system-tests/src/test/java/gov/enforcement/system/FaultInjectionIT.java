package gov.enforcement.system;

import com.fasterxml.jackson.databind.JsonNode;
import gov.enforcement.devstack.DevStack;
import gov.enforcement.devstack.ServiceProcess;
import gov.enforcement.events.Topics;
import gov.enforcement.system.FaultApi.Answer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 7, fault injection: under steady load through the gateway, each service is killed with -9 and restarted,
 * the Kafka broker is restarted and PostgreSQL is stopped as in a crash ({@code pg_ctl stop -m immediate}) and
 * started again. Afterwards every append a client was told succeeded is in the log exactly once, the audit log
 * verifies, every consumer's projection matches the log, no decision is disclosed twice and no deadline is missed.
 * It runs on a stack of its own, since it breaks things.
 */
class FaultInjectionIT {

    private static final Duration READY = Duration.ofSeconds(120);
    private static final Duration DOWN_FOR = Duration.ofMillis(1500);
    private static final Duration LOAD_BETWEEN_FAULTS = Duration.ofSeconds(4);

    static Instant began;
    static DevStack stack;
    static FaultApi api;
    final List<String> schedule = new ArrayList<>();

    @BeforeAll
    static void ownStack() {
        TestStacks.stopShared(); // faults are timed: the other tests' stack must not compete for the cores
        began = Instant.now();
        stack = TestStacks.start();
        api = new FaultApi(TestStacks.gateway(stack));
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @DisplayName("issue 7: kill -9 every service, restart Kafka, crash PostgreSQL under load, an unpublishable outbox row and a"
            + " 1,000,000-character text: nothing accepted lost or doubled, the audit log verifies, projections match, no decision disclosed twice, no deadline missed (D-POST-7, R-TAMPER)")
    void everyAcceptedAppendSurvivesEveryFault() throws Exception {
        String admin = api.token("admin-1", "admin", FaultLoad.AGENCY, null);
        Answer policy = api.put(admin, "/api/v1/disclosures/policies/agencies/" + FaultLoad.AGENCY, Map.of("autoPublish", true));
        assertTrue(policy.ok(), "auto-publish policy: " + policy);

        FaultLoad load = new FaultLoad(api);
        Instant loadStarted = Instant.now();
        load.start(3);
        pause(Duration.ofSeconds(6));
        FaultChecks checks = new FaultChecks(stack);
        UUID unpublishable = checks.plantUnpublishableOutboxRow();
        schedule.add("an unpublishable 2 MB row in recording's outbox @" + Duration.between(began, Instant.now()).toSeconds() + "s");
        Answer oversized = api.post(api.token("officer-9", "officer", FaultLoad.AGENCY, "HB-0001"), "/api/v1/cases",
                Map.of("category", "PENALTY", "matter", "字".repeat(1_000_000)));
        assertTrue(oversized.status() == 400 || oversized.status() == 413,
                "a 1,000,000-character text is refused at the command boundary: " + oversized);
        for (String service : List.of("recording-service", "legal-review-service", "disclosure-service", "gateway")) {
            fault("kill -9 " + service, () -> {
                ServiceProcess process = service(service);
                process.kill();
                pause(DOWN_FOR);
                process.start();
                process.awaitReady(READY);
            });
        }
        fault("restart Kafka", () -> {
            stack.kafka().restart();
            awaitBackEndsReady();
        });
        fault("PostgreSQL stop -m immediate, start", () -> {
            stack.postgres().stopImmediately();
            pause(DOWN_FOR);
            stack.postgres().start();
            awaitBackEndsReady();
        });
        load.stop();
        Duration loadTime = Duration.between(loadStarted, Instant.now());

        String drained = checks.awaitDrained(Duration.ofSeconds(90));
        FaultChecks.Log log = checks.log(load.accepted());
        JsonNode audit = awaitAuditVerified();
        List<String> projections = checks.projections();
        List<String> disclosedTwice = checks.disclosures();
        disclosedTwice.addAll(publicApiShowsEachDecisionOnce(checks.publishedDisclosures()));
        List<String> deadlines = checks.deadlines();
        long deadLetters = deadLetters();

        System.out.println("fault-injection: accepted=" + log.accepted() + " found=" + log.found()
                + " duplicates=" + log.duplicates() + " lost=" + log.lost());
        System.out.println("fault-injection: log problems=" + log.problems().size()
                + " | audit verified=" + audit.path("verified").asBoolean() + " leaves=" + audit.path("leavesChecked").asLong()
                + " checkpoints=" + audit.path("checkpointsChecked").asLong()
                + " | projection mismatches=" + projections.size() + " | disclosed twice=" + disclosedTwice.size()
                + " | deadline problems=" + deadlines.size() + " | dead letters=" + deadLetters);
        System.out.println("fault-injection: drained " + drained);
        System.out.println("fault-injection: load " + load.stats() + " over " + loadTime.toSeconds() + " s");
        System.out.println("fault-injection: schedule " + String.join("; ", schedule));
        System.out.println("fault-injection: run time " + Duration.between(began, Instant.now()).toSeconds() + " s (stack start included)");

        assertEquals(0, log.duplicates(), "duplicates: " + log.problems());
        assertEquals(0, log.lost(), "lost: " + log.problems());
        assertTrue(log.problems().isEmpty(), "log: " + log.problems());
        assertTrue(log.accepted() > 100, "the load ran: " + load.stats());
        assertTrue(load.issuedCases().stream().anyMatch(load.majorCases()::contains), "a major decision went through review");
        assertTrue(audit.path("verified").asBoolean(), "R-TAMPER: the audit log verifies: " + audit);
        assertTrue(projections.isEmpty(), "projections: " + projections);
        assertTrue(disclosedTwice.isEmpty(), "disclosures: " + disclosedTwice);
        assertTrue(deadlines.isEmpty(), "D-POST-7 deadlines: " + deadlines);
        assertEquals(0, deadLetters, "nothing was dead-lettered");
        assertTrue(checks.parked(unpublishable), "the unpublishable row is parked with its reason, not retried in front of the rest");
    }

    private void fault(String name, Runnable action) {
        Instant start = Instant.now();
        action.run();
        schedule.add(name + " @" + Duration.between(began, start).toSeconds() + "s, back in "
                + Duration.between(start, Instant.now()).toMillis() + " ms");
        System.out.println("fault-injection: " + schedule.get(schedule.size() - 1));
        pause(LOAD_BETWEEN_FAULTS);
    }

    private static ServiceProcess service(String name) {
        return stack.services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /** Readiness of the back ends covers PostgreSQL and Kafka, so this is "they reconnected". */
    private static void awaitBackEndsReady() {
        for (String name : List.of("recording-service", "legal-review-service", "disclosure-service")) {
            service(name).awaitReady(READY);
        }
    }

    private static JsonNode awaitAuditVerified() throws InterruptedException {
        String auditor = api.token("auditor-1", "auditor", FaultLoad.AGENCY, null);
        Instant deadline = Instant.now().plusSeconds(30);
        Answer answer;
        do {
            answer = api.get(auditor, "/api/v1/audit/verify");
            if (answer.ok() && answer.body().path("verified").asBoolean()) {
                return answer.body();
            }
            Thread.sleep(1_000);
        } while (Instant.now().isBefore(deadline));
        return answer.body() == null ? FaultApi.JSON.createObjectNode().put("error", answer.toString()) : answer.body();
    }

    /** The public API lists every published decision once, and each answers on its own address. */
    private static List<String> publicApiShowsEachDecisionOnce(Set<UUID> published) {
        List<String> problems = new ArrayList<>();
        List<UUID> listed = new ArrayList<>();
        for (int page = 1; page <= 100; page++) {
            Answer answer = api.get(null, "/api/v1/public/decisions?agency=" + FaultLoad.AGENCY + "&size=100&page=" + page);
            if (!answer.ok()) {
                problems.add("public search page " + page + ": " + answer);
                break;
            }
            answer.body().path("items").forEach(item -> listed.add(UUID.fromString(item.path("disclosureId").asText())));
            if (!answer.body().path("hasMore").asBoolean()) {
                break;
            }
        }
        if (listed.size() != new HashSet<>(listed).size()) {
            problems.add("the public search lists a decision more than once");
        }
        if (!new HashSet<>(listed).equals(published)) {
            problems.add("the public search lists " + listed.size() + " decisions, " + published.size() + " are published");
        }
        for (UUID id : published) {
            Answer one = api.get(null, "/api/v1/public/decisions/" + id);
            if (!one.ok() || one.body().path("version").asInt() != 1) {
                problems.add("public decision " + id + ": " + one);
            }
        }
        return problems;
    }

    private static long deadLetters() {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            long total = 0;
            for (String topic : Topics.ALL) {
                String dlq = Topics.deadLetter(topic);
                List<TopicPartition> partitions = consumer.partitionsFor(dlq, Duration.ofSeconds(10)).stream()
                        .map(p -> new TopicPartition(dlq, p.partition())).toList();
                total += consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
            }
            return total;
        }
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
