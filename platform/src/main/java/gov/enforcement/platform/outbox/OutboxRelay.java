package gov.enforcement.platform.outbox;

import gov.enforcement.events.CloudEvent;
import gov.enforcement.platform.correlation.Correlation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

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
    private final Duration pollInterval;
    private final Counter relayed;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(Pool pool, OutboxProducer producer, MeterRegistry metrics,
                       @ConfigProperty(name = "platform.outbox.batch-size", defaultValue = "500") int batchSize,
                       @ConfigProperty(name = "platform.outbox.poll-interval", defaultValue = "PT0.2S") Duration pollInterval) {
        this.pool = pool;
        this.producer = producer;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
        this.relayed = Counter.builder("outbox.relayed").description("events shipped from the outbox to Kafka")
                .register(metrics);
    }

    /** Started by {@link gov.enforcement.platform.messaging.TopicProvisioner} once the topics exist. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        wakeUp();
        if (worker != null) {
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public void wakeUp() {
        wakeUps.release();
    }

    public boolean isRunning() {
        return running;
    }

    private void loop() {
        Duration backoff = pollInterval;
        while (running) {
            try {
                int shipped = relayOnce().await().atMost(Duration.ofSeconds(60));
                backoff = pollInterval;
                if (shipped < batchSize) {
                    wakeUps.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // PostgreSQL or Kafka is away: the rows stay and are shipped when both are back
                Log.warnf("outbox relay failed, retrying in %s: %s", backoff, e.getMessage());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : backoff.multipliedBy(2);
            }
        }
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

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
