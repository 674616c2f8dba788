package gov.enforcement.recording.audit;

import gov.enforcement.platform.problem.Problems;
import gov.enforcement.audit.merkle.ConsistencyProof;
import gov.enforcement.audit.merkle.InclusionProof;
import gov.enforcement.audit.merkle.MerkleHashing;
import gov.enforcement.audit.merkle.ProofPlan;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Inclusion and consistency proofs from the stored subtrees: O(log n) rows in one query per proof. */
@ApplicationScoped
public class AuditProofs {

    private final Pool pool;
    private final TreeStore trees;
    private final CheckpointStore checkpoints;
    private final AuditConfig config;

    public AuditProofs(Pool pool, TreeStore trees, CheckpointStore checkpoints, AuditConfig config) {
        this.pool = pool;
        this.trees = trees;
        this.checkpoints = checkpoints;
        this.config = config;
    }

    /** The audit path of a leaf to the tree of {@code treeSize} leaves, with the checkpoint of that size if any. */
    public record Inclusion(UUID refId, long leafIndex, long treeSize, byte[] leafHash, List<byte[]> path,
                            Optional<StoredCheckpoint> checkpoint) {
    }

    /** The proof that the tree of {@code from} leaves is a prefix of the tree of {@code to}. */
    public record Consistency(long from, long to, List<byte[]> proof, Optional<StoredCheckpoint> fromCheckpoint,
                              Optional<StoredCheckpoint> toCheckpoint) {
    }

    /** @param treeSize null for the latest checkpoint's */
    public Uni<Inclusion> inclusion(UUID refId, Long treeSize) {
        return inclusion(refId, treeSize, treeSize != null);
    }

    /** Into a checkpoint the caller did not choose (an export's): a leaf beyond it is not yet logged, not a bad size. */
    public Uni<Inclusion> inclusionUnder(UUID refId, long checkpointSize) {
        return inclusion(refId, checkpointSize, false);
    }

    private Uni<Inclusion> inclusion(UUID refId, Long treeSize, boolean sizeAskedFor) {
        return pool.preparedQuery("select leaf_index, leaf_hash from audit_leaves where ref_id = $1")
                .execute(Tuple.of(refId))
                .chain(rows -> rows.size() == 0 ? notLogged(refId) : latestCheckpoint().chain(latest -> {
                    Row leaf = rows.iterator().next();
                    long index = leaf.getLong("leaf_index");
                    long size = treeSize == null ? latest.treeSize() : treeSize;
                    if (size > latest.treeSize()) {
                        throw Problems.invalidField("treeSize", "is beyond the latest checkpoint (" + latest.treeSize() + ")");
                    }
                    if (index >= size) {
                        if (!sizeAskedFor) {
                            throw new NotYetLoggedException(refId + " is leaf " + index
                                    + " but the latest checkpoint covers " + size + " leaves");
                        }
                        throw Problems.invalidField("treeSize", "must be greater than the leaf index " + index);
                    }
                    ProofPlan plan = InclusionProof.plan(index, size);
                    return trees.subtrees(pool, plan.nodes()).chain(stored -> checkpoints.ofSize(pool, size)
                            .map(checkpoint -> new Inclusion(refId, index, size, leaf.getBuffer("leaf_hash").getBytes(),
                                    plan.evaluate(node -> TreeStore.required(stored, node), hashing()), checkpoint)));
                }));
    }

    /** @param to null for the latest checkpoint's size */
    public Uni<Consistency> consistency(long from, Long to) {
        return latestCheckpoint().chain(latest -> {
            long newSize = to == null ? latest.treeSize() : to;
            if (newSize > latest.treeSize()) {
                throw Problems.invalidField("to", "is beyond the latest checkpoint (" + latest.treeSize() + ")");
            }
            if (from > newSize) {
                throw Problems.invalidField("from", "must not exceed to (" + newSize + ")");
            }
            ProofPlan plan = ConsistencyProof.plan(from, newSize);
            return trees.subtrees(pool, plan.nodes()).chain(stored -> checkpoints.ofSize(pool, from)
                    .chain(old -> checkpoints.ofSize(pool, newSize).map(current -> new Consistency(from, newSize,
                            plan.evaluate(node -> TreeStore.required(stored, node), hashing()), old, current))));
        });
    }

    public Uni<StoredCheckpoint> latestCheckpoint() {
        return checkpoints.latest(pool).map(latest -> latest.orElseThrow(
                () -> new NotYetLoggedException("no checkpoint has been signed yet")));
    }

    private <T> Uni<T> notLogged(UUID refId) {
        return pool.preparedQuery("select exists (select 1 from case_events where event_id = $1)"
                        + " or exists (select 1 from access_log where access_id = $1)")
                .execute(Tuple.of(refId))
                .map(rows -> {
                    if (rows.iterator().next().getBoolean(0)) {
                        throw new NotYetLoggedException(refId + " is recorded but not yet sequenced into the log");
                    }
                    throw Problems.notFound("event or access record " + refId);
                });
    }

    private MerkleHashing hashing() {
        return new MerkleHashing(config.hashAlgorithm());
    }
}
