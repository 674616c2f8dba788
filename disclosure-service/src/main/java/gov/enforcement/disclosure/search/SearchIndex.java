package gov.enforcement.disclosure.search;

import gov.enforcement.disclosure.records.Today;
import gov.enforcement.platform.problem.ProblemException;
import gov.enforcement.platform.worker.BatchWorker;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The public search index of this replica: a Lucene read model of the published records in its own directory,
 * opened at start (rebuilt from PostgreSQL when missing, damaged or from another database), then kept up to date by
 * following PostgreSQL — not Kafka — so that every replica sees every replica's writes in the order they commit.
 */
@ApplicationScoped
public class SearchIndex {

    private static final int REBUILD_BATCH = 2_000;
    /** How long a clerk's publish or correction waits to be searchable before it answers anyway. */
    private static final Duration READ_YOUR_WRITE = Duration.ofSeconds(2);

    private final PublishedChanges changes;
    private final Today today;
    private final Path directory;
    private final Duration pollInterval;
    private final int batchSize;
    private final Duration commitInterval;
    private final Analyzer analyzer = SearchAnalyzer.create();
    private final DecisionSearch search = new DecisionSearch(analyzer);
    private volatile IndexStore store;
    private volatile IndexFollower follower;
    private volatile BatchWorker worker;
    private volatile boolean rebuiltAtOpen;

    public SearchIndex(PublishedChanges changes, Today today,
                       @ConfigProperty(name = "disclosure.search.index-directory") Path directory,
                       @ConfigProperty(name = "disclosure.search.poll-interval") Duration pollInterval,
                       @ConfigProperty(name = "disclosure.search.batch-size") int batchSize,
                       @ConfigProperty(name = "disclosure.search.commit-interval") Duration commitInterval) {
        this.changes = changes;
        this.today = today;
        this.directory = directory;
        this.pollInterval = pollInterval;
        this.batchSize = batchSize;
        this.commitInterval = commitInterval;
    }

    void start(@Observes StartupEvent startup) {
        open();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        close(true);
    }

    /** One page of results from the current snapshot; bounded work, so it runs on the caller's thread. */
    public SearchPage search(SearchQuery query) {
        IndexStore current = store;
        if (current == null) {
            throw unavailable();
        }
        try {
            IndexSearcher searcher = current.searchers.acquire();
            try {
                return search.run(searcher, query, today.date());
            } finally {
                current.searchers.release(searcher);
            }
        } catch (AlreadyClosedException | IOException e) {
            // the index is being reopened or rebuilt right now
            throw unavailable();
        }
    }

    /** Call after a commit that changed disclosures: this replica applies it now instead of at its next poll. */
    public void changed() {
        BatchWorker running = worker;
        if (running != null) {
            running.wakeUp();
        }
    }

    /** {@link #changed()}, completing once the change is searchable here (or after a short wait, never failing). */
    public Uni<Void> searchable() {
        IndexFollower current = follower;
        if (current == null) {
            return Uni.createFrom().voidItem();
        }
        var done = current.nextSweep();
        changed();
        return Uni.createFrom().completionStage(done).ifNoItem().after(READ_YOUR_WRITE).recoverWithItem((Void) null);
    }

    /** Closes the index and opens it again as at start, rebuilding it if its directory is now missing or damaged. */
    public synchronized void reopen() {
        close(false);
        open();
    }

    public Path directory() {
        return directory;
    }

    public boolean isOpen() {
        return store != null;
    }

    /** Whether the index was rebuilt from PostgreSQL when it was last opened (instead of found whole). */
    public boolean rebuiltAtOpen() {
        return rebuiltAtOpen;
    }

    private synchronized void open() {
        try {
            String origin = changes.origin().await().atMost(Duration.ofSeconds(60));
            IndexStore opened = IndexStore.open(directory, origin, analyzer).orElse(null);
            rebuiltAtOpen = opened == null;
            if (opened == null) {
                opened = rebuild(origin);
            } else {
                Log.infof("search index found whole in %s; following changes from transaction %d", directory, opened.since());
            }
            IndexFollower following = new IndexFollower(opened, changes, batchSize, commitInterval);
            // served only once caught up with what was committed before it opened, never older than that
            while (following.followOnce() == batchSize) {
                Log.debugf("search index catching up from %s", directory);
            }
            store = opened;
            follower = following;
            worker = new BatchWorker("search-index", pollInterval, batchSize, following::followOnce);
            worker.start();
        } catch (IOException e) {
            throw new UncheckedIOException("search index in " + directory + " cannot be opened or rebuilt", e);
        }
    }

    private IndexStore rebuild(String origin) throws IOException {
        long started = System.nanoTime();
        IndexStore fresh = IndexStore.create(directory, origin, analyzer);
        // taken before the scan: whatever commits during it is read again by the first sweep
        long horizon = changes.horizon().await().atMost(Duration.ofSeconds(60));
        int count = 0;
        UUID after = PublishedChanges.FIRST;
        List<PublishedChanges.IndexedRow> rows;
        do {
            rows = changes.published(after, REBUILD_BATCH).await().atMost(Duration.ofSeconds(60));
            for (PublishedChanges.IndexedRow row : rows) {
                var doc = IndexFollower.document(row);
                if (doc != null) {
                    fresh.writer.addDocument(doc);
                    count++;
                }
                after = row.disclosureId();
            }
        } while (rows.size() == REBUILD_BATCH);
        fresh.commit(horizon);
        fresh.searchers.maybeRefreshBlocking();
        Log.infof("search index rebuilt from PostgreSQL in %s: %d published records in %d ms", directory, count,
                (System.nanoTime() - started) / 1_000_000);
        return fresh;
    }

    private synchronized void close(boolean commit) {
        if (worker != null) {
            worker.stop();
            worker = null;
        }
        IndexStore closing = store;
        IndexFollower following = follower;
        store = null;
        follower = null;
        if (closing == null) {
            return;
        }
        try (closing) {
            if (commit) {
                following.commit();
            }
        } catch (IOException e) {
            Log.warnf("search index in %s not closed cleanly (it is checked at the next start): %s", directory, e);
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(503, "search-unavailable", "Search unavailable",
                "the public search index is being opened or rebuilt; try again in a few seconds", null, null);
    }
}
