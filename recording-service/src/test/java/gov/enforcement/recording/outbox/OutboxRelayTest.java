package gov.enforcement.recording.outbox;

import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.CloudEventCodec;
import gov.enforcement.events.Topics;
import gov.enforcement.platform.outbox.Outbox;
import gov.enforcement.platform.problem.ProblemException;
import gov.enforcement.testing.KafkaTestConsumer;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.ReceivedRecord;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestDatabase;
import gov.enforcement.testing.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outbox relay against the real PostgreSQL and Kafka of the test. */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class OutboxRelayTest {

    @Inject
    Pool pool;

    @Inject
    Outbox outbox;

    @Test
    @DisplayName("one case's events leave the outbox in order, and a row is deleted only once Kafka acknowledged it")
    void perCaseOrderIsKept() {
        UUID caseId = UUID.randomUUID();
        CloudEvent first = TestEvents.caseRegistered(caseId, TestAgencies.AGENCY_A);
        // more than one relay batch, written in two transactions
        List<CloudEvent> events = LongStream.rangeClosed(1, 1_200)
                .mapToObj(version -> CloudEvent.of(first.knownType().orElseThrow(), caseId.toString())
                        .source(first.source()).agency(first.agency()).caseVersion(version).data(first.data()))
                .toList();
        pool.withTransaction(tx -> outbox.addAll(tx, events.subList(0, 600))).await().indefinitely();
        pool.withTransaction(tx -> outbox.addAll(tx, events.subList(600, 1_200))).await().indefinitely();
        outbox.committed();

        List<ReceivedRecord> received = KafkaTestConsumer.awaitRecords(Topics.CASE_EVENTS,
                r -> caseId.toString().equals(r.key()), events.size(), Duration.ofSeconds(60));
        assertEquals(LongStream.rangeClosed(1, 1_200).boxed().toList(),
                received.stream().map(r -> CloudEventCodec.fromBytes(r.value()).caseVersion()).toList(),
                "every version once, in order, on one partition");
        assertEquals(1, received.stream().map(ReceivedRecord::partition).distinct().count());
        TestDatabase.awaitCount("select count(*) from outbox", 0, Duration.ofSeconds(10));
    }

    @Test
    @DisplayName("an event of an unregistered type never reaches the outbox")
    void unregisteredTypesAreRefused() {
        CloudEvent unknown = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID(), "/recording-service",
                "gov.enforcement.case.Unheard.v1", UUID.randomUUID().toString(), null, CloudEvent.JSON,
                TestAgencies.AGENCY_A, 1L, null, null, null);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> pool.withTransaction(tx -> outbox.add(tx, unknown)).await().indefinitely());
    }

    @Test
    @DisplayName("a row the broker can never take is parked with its reason; the later rows of its case are held behind it in order, every other case's rows still ship")
    void rowThatCanNeverBeSentIsParked() throws Exception {
        UUID caseId = UUID.randomUUID();
        UUID otherCase = UUID.randomUUID();
        CloudEvent first = TestEvents.caseRegistered(caseId, TestAgencies.AGENCY_A);
        UUID tooLarge = plantUnpublishable(caseId);
        List<CloudEvent> later = LongStream.rangeClosed(2, 3).mapToObj(version -> version(first, caseId, version)).toList();
        List<CloudEvent> others = LongStream.rangeClosed(1, 2).mapToObj(version -> version(first, otherCase, version)).toList();
        pool.withTransaction(tx -> outbox.addAll(tx, List.of(later.get(0), others.get(0), later.get(1), others.get(1))))
                .await().indefinitely();
        outbox.committed();

        List<ReceivedRecord> received = KafkaTestConsumer.awaitRecords(Topics.CASE_EVENTS,
                r -> otherCase.toString().equals(r.key()), 2, Duration.ofSeconds(30));
        assertEquals(List.of(1L, 2L), received.stream().map(r -> CloudEventCodec.fromBytes(r.value()).caseVersion()).toList());
        TestDatabase.awaitCount("select count(*) from outbox_parked where message_key = '" + caseId + "'", 3, Duration.ofSeconds(10));
        assertTrue(TestDatabase.text("select reason from outbox_parked where event_id = '" + tooLarge + "'")
                .contains("at most 900000"));
        assertTrue(TestDatabase.text("select reason from outbox_parked where event_id = '" + later.get(1).id() + "'")
                .startsWith("held in order behind a parked row of key " + caseId));
        assertEquals(0, TestDatabase.count("select count(*) from outbox where message_key = '" + caseId + "'"));
        assertEquals(List.of(), KafkaTestConsumer.recordsWithin(Topics.CASE_EVENTS, r -> caseId.toString().equals(r.key()),
                Duration.ofSeconds(2)), "nothing of the parked case leaves ahead of its parked row");

        // the operator guide's re-queue, once the cause is fixed: the case's rows go back together, with their ids
        try (Connection db = TestDatabase.connect(); PreparedStatement fix = db.prepareStatement(
                "update outbox_parked set payload = ? where event_id = ?"); java.sql.Statement sql = db.createStatement()) {
            fix.setString(1, CloudEventCodec.toJson(version(first, caseId, 1)));
            fix.setObject(2, tooLarge);
            fix.executeUpdate();
            db.setAutoCommit(false);
            sql.execute("select pg_advisory_xact_lock(185359898)"); // the relay's lock: no batch sees half a re-queue
            sql.executeUpdate(REQUEUE.replace(":key", "'" + caseId + "'"));
            db.commit();
        }
        outbox.committed();
        List<ReceivedRecord> requeued = KafkaTestConsumer.awaitRecords(Topics.CASE_EVENTS,
                r -> caseId.toString().equals(r.key()), 3, Duration.ofSeconds(30));
        assertEquals(List.of(1L, 2L, 3L), requeued.stream().map(r -> CloudEventCodec.fromBytes(r.value()).caseVersion()).toList());
        TestDatabase.awaitCount("select count(*) from outbox_parked where message_key = '" + caseId + "'", 0, Duration.ofSeconds(10));
    }

    @Test
    @DisplayName("a row whose topic name no broker takes is parked with the broker's reason; the rows behind it ship")
    void rowForAnInvalidTopicIsParked() throws Exception {
        UUID caseId = UUID.randomUUID();
        UUID misdirected = UUID.randomUUID();
        try (Connection db = TestDatabase.connect(); PreparedStatement insert = db.prepareStatement(
                "insert into outbox (event_id, topic, message_key, payload) values (?, ?, ?, ?)")) {
            insert.setObject(1, misdirected);
            insert.setString(2, "no topic/has this name");
            insert.setString(3, UUID.randomUUID().toString());
            insert.setString(4, "{}");
            insert.executeUpdate();
        }
        CloudEvent first = TestEvents.caseRegistered(caseId, TestAgencies.AGENCY_A);
        pool.withTransaction(tx -> outbox.add(tx, first)).await().indefinitely();
        outbox.committed();

        KafkaTestConsumer.awaitRecords(Topics.CASE_EVENTS, r -> caseId.toString().equals(r.key()), 1, Duration.ofSeconds(30));
        TestDatabase.awaitCount("select count(*) from outbox_parked where event_id = '" + misdirected + "'", 1, Duration.ofSeconds(10));
        assertTrue(TestDatabase.text("select reason from outbox_parked where event_id = '" + misdirected + "'")
                .contains("InvalidTopicException"));
    }

    /** The re-queue of deploy/k8s/README.md, "Re-queue a parked outbox row". */
    static final String REQUEUE = "with back as (delete from outbox_parked where message_key = :key returning *)"
            + " insert into outbox (id, event_id, topic, message_key, payload, correlation_id, trace_parent, created_at)"
            + " select id, event_id, topic, message_key, payload, correlation_id, trace_parent, created_at from back order by id";

    /** A 2 MB row written around the outbox's own size check, as a row from before the check (or a lowered limit) would be. */
    private static UUID plantUnpublishable(UUID caseId) throws Exception {
        UUID eventId = UUID.randomUUID();
        try (Connection db = TestDatabase.connect(); PreparedStatement insert = db.prepareStatement(
                "insert into outbox (event_id, topic, message_key, payload) values (?, ?, ?, ?)")) {
            insert.setObject(1, eventId);
            insert.setString(2, Topics.CASE_EVENTS);
            insert.setString(3, caseId.toString());
            insert.setString(4, "{\"pad\":\"" + "x".repeat(2_000_000) + "\"}");
            insert.executeUpdate();
        }
        return eventId;
    }

    private static CloudEvent version(CloudEvent first, UUID caseId, long version) {
        return CloudEvent.of(first.knownType().orElseThrow(), caseId.toString())
                .source(first.source()).agency(first.agency()).caseVersion(version).data(first.data());
    }

    @Test
    @DisplayName("an event larger than one Kafka record is refused when it is written, with the transaction that made it")
    void eventTooLargeIsRefusedAtWrite() {
        UUID caseId = UUID.randomUUID();
        CloudEvent huge = CloudEvent.of(TestEvents.caseRegistered(caseId, TestAgencies.AGENCY_A).knownType().orElseThrow(),
                        caseId.toString()).source("/recording-service").agency(TestAgencies.AGENCY_A).caseVersion(1L)
                .data(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("pad", "长".repeat(400_000)));
        ProblemException refused = org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class,
                () -> pool.withTransaction(tx -> outbox.add(tx, huge)).await().indefinitely());
        assertEquals(413, refused.status());
        assertEquals(0, TestDatabase.count("select count(*) from outbox where message_key = '" + caseId + "'"));
    }
}
