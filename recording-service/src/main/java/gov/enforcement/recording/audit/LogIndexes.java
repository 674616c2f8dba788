package gov.enforcement.recording.audit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The audit-log index an appended event gets (R-TAMPER): only the sequencer gives indexes, after the append has
 * committed, so an append's answer waits a moment for it. This replica's sequencer hands indexes over as it
 * commits them; one sequenced by another replica is read from the log. Past {@code recording.append.log-index-wait}
 * the answer goes without one (null): the event is in the queue and gets its index all the same.
 */
@ApplicationScoped
public class LogIndexes {

    private static final String INDEX_OF = "select leaf_index from audit_leaves where ref_id = $1";

    private final Map<UUID, CompletableFuture<Long>> waiting = new ConcurrentHashMap<>();
    private final Pool pool;
    private final AuditSequencer sequencer;
    private final Duration wait;

    public LogIndexes(Pool pool, AuditSequencer sequencer,
                      @ConfigProperty(name = "recording.append.log-index-wait", defaultValue = "2s") Duration wait) {
        this.pool = pool;
        this.sequencer = sequencer;
        this.wait = wait;
        sequencer.onSequenced(this::sequenced);
    }

    /** The event's leaf index, or null when it was not sequenced within the wait. */
    public Uni<Long> of(UUID eventId) {
        if (wait.isZero()) {
            return lookUp(eventId);
        }
        CompletableFuture<Long> handedOver = waiting.computeIfAbsent(eventId, id -> new CompletableFuture<>());
        sequencer.wakeUp();
        // registered first, then looked up: sequenced before either, it is found; after, it is handed over
        return lookUp(eventId)
                .chain(found -> found != null ? Uni.createFrom().item(found)
                        : Uni.createFrom().completionStage(handedOver).ifNoItem().after(wait).recoverWithUni(() -> lookUp(eventId)))
                .eventually(() -> waiting.remove(eventId));
    }

    private Uni<Long> lookUp(UUID eventId) {
        return pool.preparedQuery(INDEX_OF).execute(Tuple.of(eventId))
                .map(rows -> {
                    var it = rows.iterator();
                    if (!it.hasNext()) {
                        return null;
                    }
                    Row row = it.next();
                    return row.getLong("leaf_index");
                });
    }

    private void sequenced(List<UUID> refIds, List<Long> indexes) {
        if (waiting.isEmpty()) {
            return;
        }
        for (int i = 0; i < refIds.size(); i++) {
            CompletableFuture<Long> future = waiting.get(refIds.get(i));
            if (future != null) {
                future.complete(indexes.get(i));
            }
        }
    }
}
