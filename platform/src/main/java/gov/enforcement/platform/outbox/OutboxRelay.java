package gov.enforcement.platform.outbox;

import gov.enforcement.events.CloudEvent;
import gov.enforcement.platform.correlation.Correlation;
import gov.enforcement.platform.worker.BatchWorker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Ships outbox rows to Kafka in id order and deletes them once the broker acknowledged them.
 * A PostgreSQL advisory lock makes one relay active per database, which keeps per-case order
 * when several replicas run; a crash between send and delete re-sends, and consumers are idempotent.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Arbitrary constant naming the outbox lock in pg_locks. */
    private static final long RELAY_LOCK = 0x0B0C_5E1AL;

    private final Pool pool;
    private final OutboxProducer producer;
    private final int batchSize;
    private final Counter relayed;
    private final BatchWorker worker;

    public OutboxRelay(Pool pool, OutboxProducer producer, MeterRegistry metrics,
                       @ConfigProperty(name = "platform.outbox.batch-size", defaultValue = "500") int batchSize,
                       @ConfigProperty(name = "platform.outbox.poll-interval", defaultValue = "PT0.2S") Duration pollInterval) {
        this.pool = pool;
        this.producer = producer;
        this.batchSize = batchSize;
        this.relayed = Counter.builder("outbox.relayed").description("events shipped from the outbox to Kafka")
                .register(metrics);
        this.worker = new BatchWorker("outbox-relay", pollInterval, batchSize,
                () -> relayOnce().await().atMost(Duration.ofSeconds(60)));
    }

    /** Started by {@link gov.enforcement.platform.messaging.TopicProvisioner} once the topics exist. */
    public void start() {
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.stop();
    }

    public void wakeUp() {
        worker.wakeUp();
    }

    public boolean isRunning() {
        return worker.isRunning();
    }

    /** Ships one batch; answers how many rows were shipped (0 when another replica holds the lock). */
    Uni<Integer> relayOnce() {
        return pool.withTransaction(tx -> tx.preparedQuery("select pg_try_advisory_xact_lock($1)")
                .execute(Tuple.of(RELAY_LOCK))
                .chain(locked -> locked.iterator().next().getBoolean(0) ? shipBatch(tx) : Uni.createFrom().item(0)));
    }

    private Uni<Integer> shipBatch(SqlConnection tx) {
        return tx.preparedQuery("select id, topic, message_key, payload, correlation_id from outbox order by id limit $1")
                .execute(Tuple.of(batchSize))
                .chain(rows -> {
                    List<Long> ids = new ArrayList<>();
                    List<CompletableFuture<?>> acks = new ArrayList<>();
                    for (Row row : rows) {
                        ids.add(row.getLong("id"));
                        acks.add(producer.send(record(row)));
                    }
                    if (ids.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    producer.flush();
                    return Uni.createFrom().completionStage(CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)))
                            .chain(() -> tx.preparedQuery("delete from outbox where id = any($1)")
                                    .execute(Tuple.of(ids.toArray(Long[]::new))))
                            .invoke(() -> relayed.increment(ids.size()))
                            .replaceWith(ids.size());
                });
    }

    private static ProducerRecord<String, byte[]> record(Row row) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.getString("topic"), row.getString("message_key"),
                row.getString("payload").getBytes(StandardCharsets.UTF_8));
        record.headers().add(new RecordHeader("content-type", CloudEvent.STRUCTURED_JSON.getBytes(StandardCharsets.UTF_8)));
        String correlation = row.getString("correlation_id");
        if (correlation != null) {
            record.headers().add(new RecordHeader(Correlation.KAFKA_HEADER, correlation.getBytes(StandardCharsets.UTF_8)));
        }
        return record;
    }

}
