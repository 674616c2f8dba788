package gov.enforcement.benchmark.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Waits until the stack has caught up: every outbox shipped, every consumer group at the end of its topics, the
 * audit queue sequenced. A scenario that measures a path through Kafka starts only then, so one scenario's
 * backlog is not billed to the next.
 */
public final class Quiesce {

    static final List<String> DATABASES = List.of("recording", "legal_review", "disclosure");
    static final List<String> GROUPS = List.of("recording-service", "legal-review-service", "disclosure-service");

    private final BenchStack stack;

    public Quiesce(BenchStack stack) {
        this.stack = stack;
    }

    /** Waits at most {@code timeout}; answers how long it took. */
    public Duration await(Duration timeout) throws Exception {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        String last = "";
        long nextReport = start + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            last = backlog();
            if (last.isEmpty()) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            if (System.nanoTime() > nextReport) {
                System.out.println("benchmark: waiting for the stack to catch up: " + last);
                nextReport += Duration.ofSeconds(30).toNanos();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the stack did not catch up within " + timeout + ": " + last);
    }

    /** Empty when nothing is waiting; otherwise what is. */
    public String backlog() throws Exception {
        StringBuilder waiting = new StringBuilder();
        for (String db : DATABASES) {
            long outbox = count(db, "select count(*) from outbox");
            if (outbox > 0) {
                waiting.append(db).append(" outbox ").append(outbox).append("; ");
            }
        }
        long queued = count("recording", "select count(*) from audit_queue");
        if (queued > 0) {
            waiting.append("audit queue ").append(queued).append("; ");
        }
        long lag = consumerLag();
        if (lag > 0) {
            waiting.append("consumer lag ").append(lag).append("; ");
        }
        return waiting.toString();
    }

    public long count(String database, String sql) throws Exception {
        try (Connection c = stack.connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Records the services' consumer groups have not yet committed, over all their partitions. */
    public long consumerLag() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.kafkaBootstrap()))) {
            long lag = 0;
            for (String group : GROUPS) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
                for (var e : committed.entrySet()) {
                    long end = ends.get(e.getKey()).offset();
                    lag += Math.max(0, end - (e.getValue() == null ? 0 : e.getValue().offset()));
                }
            }
            return lag;
        }
    }
}
