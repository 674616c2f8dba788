package gov.enforcement.recording.audit;

import gov.enforcement.audit.merkle.CompactRange;
import gov.enforcement.audit.merkle.MerkleHashing;
import gov.enforcement.platform.worker.BatchWorker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Gives queued case events and access records their dense leaf indexes (a Trillian-style integrator):
 * appenders only enqueue, so they never wait for each other; this one writer (per database, by advisory
 * lock) takes the queue in order, hashes the rows, and stores leaves, completed subtrees and the new
 * border in one transaction.
 */
@ApplicationScoped
public class AuditSequencer {

    /** Arbitrary constant naming the sequencer's lock in pg_locks. */
    private static final long SEQUENCER_LOCK = 0x0A0D_17_5EL;

    private static final String PENDING = "select q.seq, q.kind, q.ref_id, l.leaf_index as logged, " + LeafSources.COLUMNS
            + " from audit_queue q" + LeafSources.joins("q") + " left join audit_leaves l on l.ref_id = q.ref_id"
            + " order by q.seq limit $1";

    private final Pool pool;
    private final TreeStore trees;
    private final MerkleHashing hashing;
    private final int batchSize;
    private final Counter sequenced;
    private final BatchWorker worker;
    private volatile BiConsumer<List<UUID>, List<Long>> listener = (refIds, indexes) -> { };

    public AuditSequencer(Pool pool, TreeStore trees, AuditConfig config, MeterRegistry metrics) {
        this.pool = pool;
        this.trees = trees;
        this.hashing = new MerkleHashing(config.hashAlgorithm());
        this.batchSize = config.sequencer().batchSize();
        this.sequenced = Counter.builder("audit.leaves.sequenced").description("leaves added to the audit log")
                .register(metrics);
        this.worker = new BatchWorker("audit-sequencer", config.sequencer().interval(), batchSize,
                this::sequenceAndHandOver);
    }

    /** Who hears of the indexes of each committed batch (the appends waiting for theirs). */
    void onSequenced(BiConsumer<List<UUID>, List<Long>> listener) {
        this.listener = listener;
    }

    private int sequenceAndHandOver() {
        Batch[] committed = new Batch[1];
        int taken = Db.inTransaction(pool, tx -> sequenceBatch(tx, committed));
        if (committed[0] != null && !committed[0].indexes.isEmpty()) {
            listener.accept(committed[0].refIds, committed[0].indexes); // only once the batch has committed
        }
        return taken;
    }

    /** Started by {@link AuditStartup} once the log's algorithm is settled. */
    void start() {
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.stop();
    }

    /** Sequences at once instead of at the next poll. */
    public void wakeUp() {
        worker.wakeUp();
    }

    /** One batch in the caller's transaction; answers how many queue rows were taken (0 without the lock). */
    private int sequenceBatch(SqlConnection tx, Batch[] written) {
        if (!Db.tryLock(tx, SEQUENCER_LOCK)) {
            return 0;
        }
        RowSet<Row> pending = tx.preparedQuery(PENDING).execute(Tuple.of(batchSize)).await().atMost(Db.TIMEOUT);
        if (pending.size() == 0) {
            return 0;
        }
        TreeStore.State state = trees.state(tx).await().atMost(Db.TIMEOUT);
        CompactRange range = CompactRange.of(hashing, state.size(), state.border());
        Batch batch = new Batch();
        for (Row row : pending) {
            batch.taken.add(row.getLong("seq"));
            if (row.getLong("logged") != null) {
                continue;
            }
            LeafSources.Source source = LeafSources.read(row);
            if (source.missing()) {
                Log.errorf("R-TAMPER: queued %s %s cannot be logged: %s", source.kind(), source.refId(), source.why());
                continue;
            }
            byte[] leafHash = hashing.leaf(source.bytes());
            batch.leaf(range.size(), leafHash, source);
            range.append(leafHash, (node, hash) -> batch.node(node.level(), node.index(), hash));
        }
        batch.write(tx, range);
        written[0] = batch;
        sequenced.increment(batch.indexes.size());
        return batch.taken.size();
    }

    /** The rows one transaction writes, column by column, for unnest(). */
    private static final class Batch {
        final List<Long> taken = new ArrayList<>();
        final List<Long> indexes = new ArrayList<>();
        final List<byte[]> hashes = new ArrayList<>();
        final List<String> kinds = new ArrayList<>();
        final List<UUID> refIds = new ArrayList<>();
        final List<UUID> caseIds = new ArrayList<>();
        final List<Integer> nodeLevels = new ArrayList<>();
        final List<Long> nodeIndexes = new ArrayList<>();
        final List<byte[]> nodeHashes = new ArrayList<>();

        void leaf(long index, byte[] hash, LeafSources.Source source) {
            indexes.add(index);
            hashes.add(hash);
            kinds.add(source.kind());
            refIds.add(source.refId());
            caseIds.add(source.caseId());
        }

        void node(int level, long index, byte[] hash) {
            nodeLevels.add(level);
            nodeIndexes.add(index);
            nodeHashes.add(hash);
        }

        void write(SqlConnection tx, CompactRange range) {
            if (!indexes.isEmpty()) {
                tx.preparedQuery("insert into audit_leaves (leaf_index, leaf_hash, kind, ref_id, case_id)"
                                + " select * from unnest($1::bigint[], $2::bytea[], $3::text[], $4::uuid[], $5::uuid[])")
                        .execute(Tuple.of(indexes.toArray(Long[]::new), Db.buffers(hashes), kinds.toArray(String[]::new),
                                refIds.toArray(UUID[]::new), caseIds.toArray(UUID[]::new)))
                        .await().atMost(Db.TIMEOUT);
            }
            if (!nodeLevels.isEmpty()) {
                tx.preparedQuery("insert into audit_nodes (level, node_index, hash)"
                                + " select * from unnest($1::int[], $2::bigint[], $3::bytea[])")
                        .execute(Tuple.of(nodeLevels.toArray(Integer[]::new), nodeIndexes.toArray(Long[]::new),
                                Db.buffers(nodeHashes)))
                        .await().atMost(Db.TIMEOUT);
            }
            tx.preparedQuery("update audit_tree_state set tree_size = $1, root_hash = $2, border = $3, updated_at = now()")
                    .execute(Tuple.of(range.size(), Db.buffer(range.root()), Db.buffer(TreeStore.join(range.border()))))
                    .await().atMost(Db.TIMEOUT);
            tx.preparedQuery("delete from audit_queue where seq = any($1)").execute(Tuple.of(taken.toArray(Long[]::new)))
                    .await().atMost(Db.TIMEOUT);
        }
    }

}
