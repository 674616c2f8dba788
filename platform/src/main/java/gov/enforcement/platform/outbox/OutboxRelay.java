package gov.enforcement.platform.outbox;

import gov.enforcement.events.CloudEvent;
import gov.enforcement.platform.correlation.Correlation;
import gov.enforcement.platform.tracing.TraceParents;
import gov.enforcement.platform.worker.BatchWorker;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Ships outbox rows to Kafka in id order and deletes them once the broker acknowledged them; a row the broker can
 * never take is parked in {@code outbox_parked}, not retried forever in front of everything else. Per-case order is
 * kept: the later rows of a parked row's key (its case) are held behind it in {@code outbox_parked}, in order, until
 * an operator re-queues them together; the rows of every other key ship.
 * A PostgreSQL advisory lock makes one relay active per database, which keeps per-case order
 * when several replicas run; a crash between send and delete re-sends, and consumers are idempotent.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Arbitrary constant naming the outbox lock in pg_locks. */
    private static final long RELAY_LOCK = 0x0B0C_5E1AL;
    private static final String PARK = "with gone as (delete from outbox o using unnest($1::bigint[], $2::text[]) as p(id, reason)"
            + " where o.id = p.id returning o.*, p.reason)"
            + " insert into outbox_parked (id, event_id, topic, message_key, payload, correlation_id, trace_parent, created_at, reason)"
            + " select id, event_id, topic, message_key, payload, correlation_id, trace_parent, created_at, reason from gone";
    private static final String PARKED_KEYS = "select distinct message_key from outbox_parked where message_key = any($1)";

    private final Pool pool;
    private final OutboxProducer producer;
    private final int batchSize;
    private final int maxEventBytes;
    private final Counter relayed;
    private final Counter parked;
    private final Counter held;
    private final BatchWorker worker;

    public OutboxRelay(Pool pool, OutboxProducer producer, MeterRegistry metrics,
                       @ConfigProperty(name = "platform.outbox.batch-size", defaultValue = "500") int batchSize,
                       @ConfigProperty(name = "platform.outbox.poll-interval", defaultValue = "PT0.2S") Duration pollInterval,
                       @ConfigProperty(name = "platform.outbox.max-event-bytes", defaultValue = "" + Outbox.DEFAULT_MAX_EVENT_BYTES) int maxEventBytes) {
        this.pool = pool;
        this.producer = producer;
        this.batchSize = batchSize;
        this.maxEventBytes = maxEventBytes;
        this.relayed = Counter.builder("outbox.relayed").description("events shipped from the outbox to Kafka")
                .register(metrics);
        this.parked = Counter.builder("outbox.parked")
                .description("outbox rows the broker can never take, set aside in outbox_parked (alert on any)")
                .register(metrics);
        this.held = Counter.builder("outbox.held")
                .description("outbox rows held in outbox_parked behind a parked row of the same key, so its case stays in order")
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
        return tx.preparedQuery("select id, topic, message_key, payload, correlation_id, trace_parent, created_at from outbox order by id limit $1")
                .execute(Tuple.of(batchSize))
                .chain(rows -> {
                    List<Row> batch = new ArrayList<>();
                    rows.forEach(batch::add);
                    if (batch.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    String[] keys = batch.stream().map(r -> r.getString("message_key")).distinct().toArray(String[]::new);
                    return tx.preparedQuery(PARKED_KEYS).execute(Tuple.of((Object) keys)).chain(parkedKeys -> {
                        Set<String> blocked = new HashSet<>();
                        parkedKeys.forEach(r -> blocked.add(r.getString(0)));
                        List<CompletableFuture<Throwable>> outcomes = sendAll(batch, blocked);
                        producer.flush();
                        return Uni.createFrom().completionStage(CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)))
                                .chain(() -> settle(tx, batch, outcomes.stream().map(CompletableFuture::join).toList()));
                    });
                });
    }

    /**
     * Sends the batch in id order, except the rows of a key that has a parked row: those are held, never sent ahead
     * of it. A row refused before it reaches the broker (too large here or in the producer) blocks its key for the
     * rest of the batch too. A refusal by the broker itself arrives only after later rows of that key are in flight
     * and may let them through; the relay's own size limit lies below the broker's so that this is not the usual case.
     */
    private List<CompletableFuture<Throwable>> sendAll(List<Row> batch, Set<String> blocked) {
        List<CompletableFuture<Throwable>> outcomes = new ArrayList<>();
        for (Row row : batch) {
            String key = row.getString("message_key");
            if (blocked.contains(key)) {
                outcomes.add(CompletableFuture.completedFuture(new RelayFailures.HeldBehind(key)));
                continue;
            }
            CompletableFuture<Throwable> outcome = send(row);
            if (outcome.isDone() && RelayFailures.isPermanent(outcome.join())) {
                blocked.add(key);
            }
            outcomes.add(outcome);
        }
        return outcomes;
    }

    /** Sends one row; the future holds the failure, or null once the broker acknowledged it. */
    private CompletableFuture<Throwable> send(Row row) {
        String tooLarge = RelayFailures.tooLargeToSend(row.getString("payload"), maxEventBytes);
        if (tooLarge != null) {
            return CompletableFuture.completedFuture(new RelayFailures.RowRefused(tooLarge));
        }
        try {
            return producer.send(record(row)).handle((ok, error) -> error);
        } catch (RuntimeException refusedAtOnce) {
            return CompletableFuture.completedFuture(refusedAtOnce);
        }
    }

    /**
     * Deletes what the broker took and parks what it can never take. A failure that may pass (the broker away)
     * fails the whole batch, which is sent again in order; one row that can never be sent must not hold up
     * every later event of every case, so it is set aside with its reason and an alert, and the later rows of its
     * case with it.
     */
    private Uni<Integer> settle(SqlConnection tx, List<Row> batch, List<Throwable> failures) {
        List<Long> shipped = new ArrayList<>();
        List<Long> parked = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Throwable failure = failures.get(i);
            long id = batch.get(i).getLong("id");
            if (failure == null) {
                shipped.add(id);
            } else if (RelayFailures.isPermanent(failure)) {
                parked.add(id);
                reasons.add(RelayFailures.describe(failure));
            } else {
                return Uni.createFrom().failure(failure);
            }
        }
        Uni<?> park = parked.isEmpty() ? Uni.createFrom().voidItem()
                : tx.preparedQuery(PARK).execute(Tuple.of(parked.toArray(Long[]::new), reasons.toArray(String[]::new)))
                .invoke(() -> {
                    for (int i = 0; i < parked.size(); i++) {
                        if (reasons.get(i).startsWith(RelayFailures.HeldBehind.PREFIX)) {
                            this.held.increment();
                            Log.warnf("outbox row %d is parked in order behind its key's parked row: %s", parked.get(i), reasons.get(i));
                        } else {
                            this.parked.increment();
                            Log.errorf("outbox row %d can never be sent and is parked in outbox_parked: %s", parked.get(i), reasons.get(i));
                        }
                    }
                });
        return park.chain(() -> tx.preparedQuery("delete from outbox where id = any($1)")
                        .execute(Tuple.of(shipped.toArray(Long[]::new))))
                .invoke(() -> relayed.increment(shipped.size()))
                .replaceWith(batch.size());
    }

    private static ProducerRecord<String, byte[]> record(Row row) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.getString("topic"), row.getString("message_key"),
                row.getString("payload").getBytes(StandardCharsets.UTF_8));
        record.headers().add(new RecordHeader("content-type", CloudEvent.STRUCTURED_JSON.getBytes(StandardCharsets.UTF_8)));
        String correlation = row.getString("correlation_id");
        if (correlation != null) {
            record.headers().add(new RecordHeader(Correlation.KAFKA_HEADER, correlation.getBytes(StandardCharsets.UTF_8)));
        }
        String traceParent = row.getString("trace_parent");
        if (traceParent != null) {
            record.headers().add(new RecordHeader(TraceParents.HEADER, traceParent.getBytes(StandardCharsets.US_ASCII)));
        }
        return record;
    }

}
