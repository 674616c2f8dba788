package gov.enforcement.recording.audit;

import gov.enforcement.audit.checkpoint.Checkpoint;
import gov.enforcement.audit.checkpoint.SignedNote;
import gov.enforcement.audit.crypto.Signer;
import gov.enforcement.audit.merkle.ConsistencyProof;
import gov.enforcement.audit.merkle.MerkleHashing;
import gov.enforcement.audit.merkle.NodeId;
import gov.enforcement.audit.merkle.ProofPlan;
import gov.enforcement.audit.merkle.ProofVerifier;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * R-SIGN: signs a checkpoint whenever the tree grew, and re-signs an unchanged tree after
 * {@code recording.audit.checkpoint.max-age}. Before signing it recomputes the root from the stored subtrees
 * and proves it consistent with the previous checkpoint: it never signs a tree that was changed behind
 * its back, nor one that contradicts what it signed before (c2sp.org/tlog-checkpoint).
 */
@ApplicationScoped
public class CheckpointIssuer {

    /** Arbitrary constant naming the issuer's lock in pg_locks. */
    private static final long ISSUER_LOCK = 0x0A0D_17_C9L;

    private final Pool pool;
    private final TreeStore trees;
    private final CheckpointStore checkpoints;
    private final SigningKeys keys;
    private final AuditConfig config;
    private final CheckpointAge age;

    public CheckpointIssuer(Pool pool, TreeStore trees, CheckpointStore checkpoints, SigningKeys keys,
                            AuditConfig config, CheckpointAge age) {
        this.pool = pool;
        this.trees = trees;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.config = config;
        this.age = age;
    }

    @Scheduled(every = "${recording.audit.checkpoint.interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            issueIfDue();
        } catch (RuntimeException e) {
            Log.warnf("audit checkpoint not issued: %s", e.getMessage());
        }
    }

    /** Signs a checkpoint if one is due; answers it, or empty when none was due (or another replica signs). */
    public Optional<StoredCheckpoint> issueIfDue() {
        Signer signer = keys.signer();
        Optional<StoredCheckpoint> issued =
                Db.inTransaction(pool, tx -> Db.tryLock(tx, ISSUER_LOCK) ? issue(tx, signer) : Optional.empty());
        issued.ifPresent(c -> age.seen(c.issuedAt())); // committed: now it may count
        return issued;
    }

    private Optional<StoredCheckpoint> issue(SqlConnection tx, Signer signer) {
        TreeStore.State state = trees.state(tx).await().atMost(Db.TIMEOUT);
        Optional<StoredCheckpoint> last = checkpoints.latest(tx).await().atMost(Db.TIMEOUT);
        last.ifPresent(c -> age.seen(c.issuedAt())); // perhaps signed by another replica
        Instant now = Instant.now();
        boolean due = last.isEmpty() || state.size() > last.get().treeSize()
                || !last.get().issuedAt().toInstant().plus(config.checkpoint().maxAge()).isAfter(now);
        if (!due) {
            return Optional.empty();
        }
        MerkleHashing hashing = new MerkleHashing(config.hashAlgorithm());
        byte[] root = checkedRoot(tx, hashing, state, last);
        Checkpoint head = new Checkpoint(config.origin(), state.size(), root, config.hashAlgorithm(), now);
        SignedNote note = SignedNote.sign(head.body(), signer);
        StoredCheckpoint stored = new StoredCheckpoint(head.treeSize(), OffsetDateTime.ofInstant(head.issuedAt(), ZoneOffset.UTC),
                root, config.hashAlgorithm().id(), signer.key().id(), signer.algorithm().id(),
                note.signatures().get(0).signature(), note.encode());
        checkpoints.insert(tx, stored).await().atMost(Db.TIMEOUT);
        return Optional.of(stored);
    }

    /** The root recomputed from stored subtrees, refusing a tree that disagrees with itself or with the last head. */
    private byte[] checkedRoot(SqlConnection tx, MerkleHashing hashing, TreeStore.State state,
                               Optional<StoredCheckpoint> last) {
        long size = state.size();
        List<NodeId> border = NodeId.cover(0, size);
        ProofPlan consistency = last.filter(l -> l.treeSize() > 0 && l.treeSize() < size)
                .map(l -> ConsistencyProof.plan(l.treeSize(), size)).orElse(new ProofPlan(List.of()));
        Set<NodeId> wanted = new HashSet<>(border);
        wanted.addAll(consistency.nodes());
        Map<NodeId, byte[]> stored = trees.subtrees(tx, wanted).await().atMost(Db.TIMEOUT);
        byte[] root = hashing.fold(border.stream().map(node -> TreeStore.required(stored, node)).toList());
        if (size > 0 && !Arrays.equals(root, state.root())) {
            throw tampered("the stored subtrees give another root than the sequencer's state at size " + size);
        }
        if (last.isPresent()) {
            StoredCheckpoint previous = last.get();
            if (size < previous.treeSize()) {
                throw tampered("the tree has " + size + " leaves, fewer than the " + previous.treeSize() + " already signed");
            }
            boolean consistent = size == previous.treeSize() ? Arrays.equals(root, previous.rootHash())
                    : previous.treeSize() == 0 || new ProofVerifier(hashing).verifyConsistency(previous.treeSize(), size,
                    previous.rootHash(), root, consistency.evaluate(node -> TreeStore.required(stored, node), hashing));
            if (!consistent) {
                throw tampered("the tree of " + size + " leaves is not consistent with the checkpoint of "
                        + previous.treeSize());
            }
        }
        return root;
    }

    private static IllegalStateException tampered(String why) {
        Log.errorf("R-TAMPER: refusing to sign a checkpoint: %s; run GET /api/v1/audit/verify", why);
        return new IllegalStateException(why);
    }
}
