package gov.enforcement.disclosure.search;

import gov.enforcement.disclosure.records.PublicRecords;
import gov.enforcement.disclosure.records.Today;
import io.quarkus.logging.Log;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Keeps one open index up to date with PostgreSQL: each sweep reads the rows written since the last horizon (in
 * batches), applies them and refreshes the searchers, so a change is searchable once the sweep after its commit
 * ends. Runs on one thread (the index's worker); {@link #nextSweep()} may be called from any.
 */
final class IndexFollower {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final IndexStore store;
    private final PublishedChanges changes;
    private final int batchSize;
    private final Duration commitInterval;
    /** Rows already applied at their current write since the horizon: read again by each sweep, applied once. */
    private final Map<UUID, Long> applied = new HashMap<>();
    private final List<Waiter> waiters = new ArrayList<>();
    private long since;
    private long cursorTx;
    private UUID cursorId = PublishedChanges.FIRST;
    private long sweepHorizon = -1;
    private long sweepsStarted;
    private long lastCommit = System.nanoTime();

    IndexFollower(IndexStore store, PublishedChanges changes, int batchSize, Duration commitInterval) throws IOException {
        this.store = store;
        this.changes = changes;
        this.batchSize = batchSize;
        this.commitInterval = commitInterval;
        this.since = store.since();
        this.cursorTx = since;
    }

    /** Completes when a sweep that starts after this call has ended: a change committed before it is searchable. */
    CompletableFuture<Void> nextSweep() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        synchronized (waiters) {
            waiters.add(new Waiter(sweepsStarted + 1, done));
        }
        return done;
    }

    /** One batch of the current sweep; answers how many rows it read (a full batch means: run again at once). */
    int followOnce() {
        long sweep;
        synchronized (waiters) {
            sweep = sweepHorizon < 0 ? ++sweepsStarted : sweepsStarted;
        }
        PublishedChanges.Changes batch = changes.changed(cursorTx, cursorId, batchSize).await().atMost(TIMEOUT);
        if (sweepHorizon < 0) {
            sweepHorizon = batch.horizon();
        }
        try {
            boolean changed = false;
            for (PublishedChanges.IndexedRow row : batch.rows()) {
                Long seen = applied.get(row.disclosureId());
                if (seen == null || seen != row.tx()) {
                    apply(row);
                    applied.put(row.disclosureId(), row.tx());
                    changed = true;
                }
                cursorTx = row.tx();
                cursorId = row.disclosureId();
            }
            if (changed) {
                store.searchers.maybeRefreshBlocking();
            }
            if (batch.rows().size() < batchSize) {
                endSweep(sweep);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return batch.rows().size();
    }

    /** Makes the index durable up to the last finished sweep; called after a sweep and at shutdown. */
    void commit() throws IOException {
        // D-PERIOD: records whose publicity ended are already filtered out of every search; this frees their space
        store.writer.deleteDocuments(LongPoint.newRangeQuery(SearchDocument.PUBLIC_UNTIL, Long.MIN_VALUE,
                LocalDate.now(Today.CHINA).toEpochDay() - 1));
        store.commit(since);
        lastCommit = System.nanoTime();
    }

    /** Adds or replaces the record when the public may see it, removes it otherwise (withdrawn, unreadable). */
    void apply(PublishedChanges.IndexedRow row) throws IOException {
        Term id = new Term(SearchDocument.ID, row.disclosureId().toString());
        Document doc = row.isPublic() ? document(row) : null;
        if (doc == null) {
            store.writer.deleteDocuments(id);
        } else {
            store.writer.updateDocument(id, doc);
        }
    }

    /** The document of a public row; null (logged) when its stored record cannot be shown: it is left out. */
    static Document document(PublishedChanges.IndexedRow row) {
        return PublicRecords.tryParse(row.record(), row.disclosureId()).map(record -> {
            try {
                return SearchDocument.of(row.disclosureId(), row.version(), row.publishedAt(), row.publicUntil(), record);
            } catch (RuntimeException e) {
                Log.errorf(e, "stored record of disclosure %s lacks what search needs; it is left out", row.disclosureId());
                return null;
            }
        }).orElse(null);
    }

    private void endSweep(long sweep) throws IOException {
        since = sweepHorizon;
        sweepHorizon = -1;
        cursorTx = since;
        cursorId = PublishedChanges.FIRST;
        applied.values().removeIf(tx -> tx < since);
        synchronized (waiters) {
            waiters.removeIf(w -> w.sweep() <= sweep && w.done().complete(null));
        }
        if (System.nanoTime() - lastCommit >= commitInterval.toNanos()) {
            commit();
        }
    }

    private record Waiter(long sweep, CompletableFuture<Void> done) {
    }
}
