package gov.enforcement.system;

import gov.enforcement.devstack.DevStack;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the services have persisted, as numbers that only grow when something is stored: the row count of every
 * table of every service database, and the end offsets of the enforcement.* topics.
 */
final class PersistedState implements AutoCloseable {

    static final List<String> DATABASES = List.of("recording", "legal_review", "disclosure");

    /**
     * Tables whose counts move for reasons other than the request under test. Everything they are derived from is
     * counted, so nothing a request stores escapes the snapshot.
     */
    static final Set<String> EXCLUDED = Set.of(
            // the relay deletes rows once Kafka has them: the topics' end offsets are compared instead
            "outbox",
            // consumers claim events here asynchronously, for events stored before the snapshot
            "inbox",
            // the audit sequencer turns earlier case_events and access_log rows (both counted) into leaves, nodes,
            // tree state and checkpoints on its own schedule, and re-signs an unchanged tree when it ages
            "audit_queue", "audit_leaves", "audit_nodes", "audit_tree_state", "audit_checkpoints", "audit_signing_keys",
            // R-ANALYSE counts every refused command by rule on purpose; a well-formed step refused by a rule is
            // an attempt worth counting, not something the case stores (it appends nothing)
            "rule_refusals",
            // Flyway's own bookkeeping
            "flyway_schema_history");

    private final DevStack stack;
    private final Map<String, Connection> connections = new TreeMap<>();
    private final KafkaConsumer<byte[], byte[]> kafka;

    PersistedState(DevStack stack) {
        this.stack = stack;
        try {
            for (String db : DATABASES) {
                connections.put(db, DriverManager.getConnection(stack.postgres().jdbcUrl(db), stack.postgres().username(),
                        stack.postgres().password()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        kafka = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** "db.table" → rows, for every counted table. */
    Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        try {
            for (Map.Entry<String, Connection> db : connections.entrySet()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rows = db.getValue().createStatement().executeQuery(
                        "select tablename from pg_tables where schemaname = current_schema() order by tablename")) {
                    while (rows.next()) {
                        if (!EXCLUDED.contains(rows.getString(1))) {
                            tables.add(rows.getString(1));
                        }
                    }
                }
                String sql = tables.stream().map(t -> "select '" + t + "', count(*) from " + t)
                        .collect(Collectors.joining(" union all "));
                try (ResultSet rows = db.getValue().createStatement().executeQuery(sql)) {
                    while (rows.next()) {
                        counts.put(db.getKey() + "." + rows.getString(1), rows.getLong(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    /** "topic-partition" → end offset, for every enforcement.* topic (dead-letter topics included). */
    Map<String, Long> topicOffsets() {
        List<TopicPartition> partitions = kafka.listTopics(Duration.ofSeconds(10)).entrySet().stream()
                .filter(t -> t.getKey().startsWith("enforcement."))
                .flatMap(t -> t.getValue().stream().map(p -> new TopicPartition(t.getKey(), p.partition())))
                .toList();
        Map<String, Long> offsets = new TreeMap<>();
        kafka.endOffsets(partitions, Duration.ofSeconds(10)).forEach((p, offset) -> offsets.put(p.toString(), offset));
        return offsets;
    }

    /** Waits until nothing moves for a while: earlier requests' events have travelled and been applied. */
    void awaitQuiet() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        Map<String, Long> rows = rowCounts();
        Map<String, Long> offsets = topicOffsets();
        int stable = 0;
        while (stable < 4) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the stack did not settle within 90 s");
            }
            sleep(500);
            Map<String, Long> nowRows = rowCounts();
            Map<String, Long> nowOffsets = topicOffsets();
            stable = nowRows.equals(rows) && nowOffsets.equals(offsets) ? stable + 1 : 0;
            rows = nowRows;
            offsets = nowOffsets;
        }
    }

    /** The entries of {@code after} that differ from {@code before}, as "key before→after". */
    static List<String> changes(Map<String, Long> before, Map<String, Long> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((key, value) -> {
            long was = before.getOrDefault(key, 0L);
            if (was != value) {
                changed.add(key + " " + was + "→" + value);
            }
        });
        return changed;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        kafka.close();
        connections.values().forEach(c -> {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a test connection
            }
        });
    }
}
