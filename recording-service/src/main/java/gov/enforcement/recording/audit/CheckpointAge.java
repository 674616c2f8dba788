package gov.enforcement.recording.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

/**
 * R-SIGN made watchable: the time of the latest signed checkpoint this replica knows of, as the gauge
 * {@code enforcement_audit_checkpoint_latest_timestamp_seconds} that alert AuditCheckpointStale reads
 * ({@code time() - max(...)}, so the replica that signs last speaks for all). 0 until a checkpoint exists,
 * so a log that never gets one alerts too.
 */
@ApplicationScoped
public class CheckpointAge {

    static final String GAUGE = "enforcement.audit.checkpoint.latest.timestamp";

    private final AtomicLong latestEpochMillis = new AtomicLong();

    public CheckpointAge(MeterRegistry metrics) {
        Gauge.builder(GAUGE, latestEpochMillis, millis -> millis.get() / 1000.0)
                .baseUnit("seconds")
                .description("Unix time of the latest signed audit checkpoint (R-SIGN)")
                .register(metrics);
    }

    /** Reads the latest checkpoint from the database: at start, before this replica signs any. */
    void load(SqlClient sql, CheckpointStore checkpoints) {
        checkpoints.latest(sql).await().atMost(Db.TIMEOUT).ifPresent(c -> seen(c.issuedAt()));
    }

    /** A checkpoint signed here or read from the database; an older one never moves the gauge back. */
    void seen(OffsetDateTime issuedAt) {
        long millis = issuedAt.toInstant().toEpochMilli();
        latestEpochMillis.accumulateAndGet(millis, Math::max);
    }
}
