package gov.enforcement.recording.audit;

import gov.enforcement.audit.merkle.CompactRange;
import gov.enforcement.audit.merkle.MerkleHashing;
import gov.enforcement.audit.merkle.NodeId;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * R-TAMPER over the whole log, in one snapshot: streams the leaves in chunks with their rows, rehashes every
 * row, rebuilds the tree from the stored leaf hashes, compares every stored subtree (reporting the lowest
 * that differs) and every checkpoint root, signature and order, then the sequencer's state. Memory is
 * O(chunk + log n); the work is one leaf hash and about one node hash per leaf.
 */
final class LogVerification {

    private static final int CHUNK = 8192;
    private static final int ROOT_MISMATCHES_LISTED = 10;
    private static final int DIAGNOSED = 100;
    private static final String ROW_CHANGED = "the row no longer hashes to the stored leaf hash";

    private static final String LEAVES = "select l.leaf_index, l.leaf_hash, l.kind, l.ref_id, l.case_id as leaf_case_id, "
            + LeafSources.COLUMNS + " from audit_leaves l" + LeafSources.joins("l")
            + " where l.leaf_index >= $1 and l.leaf_index < $2 order by l.leaf_index";

    private static final String NODES = "select n.level, n.node_index, n.hash"
            + " from unnest($1::int[], $2::bigint[], $3::bigint[]) as r(level, lo, hi)"
            + " join audit_nodes n on n.level = r.level and n.node_index between r.lo and r.hi";

    private static final String NOT_IN_LOG = "select 'case-event' as kind, e.event_id as ref_id, e.case_id, e.version"
            + " from case_events e where not exists (select 1 from audit_leaves l where l.ref_id = e.event_id)"
            + " and not exists (select 1 from audit_queue q where q.ref_id = e.event_id)"
            + " union all select 'access', a.access_id, a.case_id, null from access_log a"
            + " where not exists (select 1 from audit_leaves l where l.ref_id = a.access_id)"
            + " and not exists (select 1 from audit_queue q where q.ref_id = a.access_id)"
            + " limit " + Findings.LIMIT;

    private final SqlConnection tx;
    private final TreeStore trees;
    private final CheckpointStore checkpoints;
    private final CheckpointCheck checkpointCheck;
    private final MerkleHashing hashing;
    private final Findings findings = new Findings();
    private final CompactRange range;
    /** Mirrors the range's border: whether a stored subtree under that border subtree differed already. */
    private final Deque<Boolean> dirty = new ArrayDeque<>();
    private final List<LeafDiagnosis.Leaf> suspects = new ArrayList<>();
    private final List<LeafSources.Source> suspectSources = new ArrayList<>();
    private boolean treeBroken;
    private long leavesChecked;
    private long checkpointsChecked;
    private long lastMatchingSize;
    private int rootMismatches;
    private StoredCheckpoint previous;

    LogVerification(SqlConnection tx, TreeStore trees, CheckpointStore checkpoints, CheckpointCheck checkpointCheck,
                    MerkleHashing hashing) {
        this.tx = tx;
        this.trees = trees;
        this.checkpoints = checkpoints;
        this.checkpointCheck = checkpointCheck;
        this.hashing = hashing;
        this.range = CompactRange.empty(hashing);
    }

    VerifyReport run() {
        TreeStore.State state = trees.state(tx).await().atMost(Db.TIMEOUT);
        Optional<StoredCheckpoint> latest = checkpoints.latest(tx).await().atMost(Db.TIMEOUT);
        long maxIndex = tx.query("select coalesce(max(leaf_index), -1) from audit_leaves").execute()
                .await().atMost(Db.TIMEOUT).iterator().next().getLong(0);
        long end = Math.max(maxIndex + 1, state.size());
        checkpointsOf(-1, 0).forEach(this::checkpoint);
        CompletableFuture<RowSet<Row>> leaves = end > 0 ? leaves(0, Math.min(end, CHUNK)) : null;
        for (long from = 0; from < end; from += CHUNK) {
            long to = Math.min(end, from + CHUNK);
            Map<NodeId, byte[]> nodes = storedNodesCompletedIn(from, to);
            List<StoredCheckpoint> heads = checkpointsOf(from, to);
            RowSet<Row> rows = leaves.join();
            // PostgreSQL reads the next chunk while this one is hashed: the two share the work, not take turns
            leaves = to < end ? leaves(to, Math.min(end, to + CHUNK)) : null;
            chunk(from, to, rows, nodes, heads);
        }
        for (StoredCheckpoint beyond : checkpointsOf(end, Long.MAX_VALUE)) {
            checkpointCheck.check(beyond, findings);
            checkpointsChecked++;
            findings.add(Finding.checkpoint(Failure.CHECKPOINT_BEYOND_LOG, beyond, "the log has only " + end + " leaves"));
        }
        if (rootMismatches > ROOT_MISMATCHES_LISTED) {
            findings.add(Finding.tree(Failure.CHECKPOINT_ROOT_MISMATCH, null,
                    (rootMismatches - ROOT_MISMATCHES_LISTED) + " more checkpoints differ from the recomputed roots"));
        }
        checkState(state, maxIndex + 1);
        notInLog();
        diagnose(latest);
        return new VerifyReport(findings.isEmpty(), "log", null, hashing.algorithm().id(), leavesChecked,
                checkpointsChecked, latest.map(StoredCheckpoint::treeSize).orElse(null), findings.sorted(),
                findings.unlisted());
    }

    /**
     * The sequencer continues from audit_tree_state: its border must be the stored subtrees of its size (those
     * are checked against the leaves above) and its root their fold.
     */
    private void checkState(TreeStore.State state, long leaves) {
        List<NodeId> cover = NodeId.cover(0, state.size());
        Map<NodeId, byte[]> stored = trees.subtrees(tx, cover).await().atMost(Db.TIMEOUT);
        boolean same = state.size() == leaves && state.border().size() == cover.size();
        for (int i = 0; same && i < cover.size(); i++) {
            same = Arrays.equals(stored.get(cover.get(i)), state.border().get(i));
        }
        if (!same || (state.size() > 0 && !Arrays.equals(hashing.fold(state.border()), state.root()))) {
            findings.add(Finding.tree(Failure.TREE_STATE_MISMATCH, null, "audit_tree_state (" + state.size()
                    + " leaves) differs from the " + leaves + " stored leaves and the stored subtrees of its size"));
        }
    }

    private CompletableFuture<RowSet<Row>> leaves(long from, long to) {
        return tx.preparedQuery(LEAVES).execute(Tuple.of(from, to)).ifNoItem().after(Db.TIMEOUT).fail()
                .subscribeAsCompletionStage();
    }

    private void chunk(long from, long to, RowSet<Row> rows, Map<NodeId, byte[]> nodes, List<StoredCheckpoint> checkpoints) {
        Iterator<Row> leaves = rows.iterator();
        Iterator<StoredCheckpoint> heads = checkpoints.iterator();
        StoredCheckpoint head = heads.hasNext() ? heads.next() : null;
        Row leaf = leaves.hasNext() ? leaves.next() : null;
        for (long index = from; index < to; index++) {
            if (leaf == null || leaf.getLong("leaf_index") != index) {
                findings.add(Finding.tree(Failure.LEAF_MISSING, index, "leaf " + index + " is missing; the tree cannot be"
                        + " recomputed past it"));
                treeBroken = true;
            } else {
                byte[] stored = leaf.getBuffer("leaf_hash").getBytes();
                checkLeaf(index, leaf, stored);
                if (!treeBroken) {
                    append(stored, nodes);
                }
                leaf = leaves.hasNext() ? leaves.next() : null;
            }
            while (head != null && head.treeSize() == index + 1) {
                checkpoint(head);
                head = heads.hasNext() ? heads.next() : null;
            }
        }
    }

    private void checkLeaf(long index, Row row, byte[] storedHash) {
        leavesChecked++;
        LeafSources.Source source = LeafSources.read(row);
        if (source.missing()) {
            findings.add(new Finding(Failure.LEAF_SOURCE_MISSING, source.kind(), row.getUUID("leaf_case_id"),
                    source.refId(), source.version(), index, null, source.why()));
            return;
        }
        if (!source.caseId().equals(row.getUUID("leaf_case_id"))) {
            findings.add(Finding.leaf(Failure.LEAF_MISFILED, source, index,
                    "the leaf is filed under case " + row.getUUID("leaf_case_id")));
        }
        byte[] rowHash = hashing.leaf(source.bytes());
        if (!Arrays.equals(rowHash, storedHash)) {
            if (suspects.size() < Findings.LIMIT) {
                suspects.add(new LeafDiagnosis.Leaf(index, storedHash, rowHash));
                suspectSources.add(source);
            } else {
                findings.add(Finding.leaf(Failure.LEAF_HASH_MISMATCH, source, index, ROW_CHANGED));
            }
        }
    }

    private void append(byte[] leafHash, Map<NodeId, byte[]> stored) {
        dirty.push(false);
        range.append(leafHash, (node, computed) -> {
            boolean right = dirty.pop();
            boolean left = dirty.pop();
            byte[] kept = stored.get(node);
            boolean differs = kept == null || !Arrays.equals(kept, computed);
            if (differs && !left && !right) {
                findings.add(Finding.tree(Failure.NODE_MISMATCH, node.firstLeaf(), "the stored subtree of level "
                        + node.level() + " over leaves " + node.firstLeaf() + ".." + (node.endLeaf() - 1)
                        + (kept == null ? " is missing" : " differs from the hash of the stored leaves below it")));
            }
            dirty.push(left || right || differs);
        });
    }

    private void checkpoint(StoredCheckpoint head) {
        checkpointsChecked++;
        checkpointCheck.check(head, findings);
        if (previous != null && head.treeSize() > previous.treeSize() && head.issuedAt().isBefore(previous.issuedAt())) {
            findings.add(Finding.checkpoint(Failure.CHECKPOINT_ORDER, head, "signed before the smaller tree of "
                    + previous.treeSize() + " leaves (signed " + previous.issuedAt() + ")"));
        }
        previous = head;
        if (treeBroken) {
            return;
        }
        if (Arrays.equals(range.root(), head.rootHash())) {
            lastMatchingSize = head.treeSize();
        } else if (++rootMismatches <= ROOT_MISMATCHES_LISTED) {
            findings.add(Finding.checkpoint(Failure.CHECKPOINT_ROOT_MISMATCH, head, "the root recomputed from the stored"
                    + " leaves differs from the signed root: a leaf in " + lastMatchingSize + ".." + (head.treeSize() - 1)
                    + " was changed since it was signed"));
        }
    }

    /** Stored subtrees that the leaves [from, to) complete: level L, index i with from < (i + 1) * 2^L <= to. */
    private Map<NodeId, byte[]> storedNodesCompletedIn(long from, long to) {
        List<Integer> levels = new ArrayList<>();
        List<Long> lows = new ArrayList<>();
        List<Long> highs = new ArrayList<>();
        for (int level = 1; level < 63 && (1L << level) <= to; level++) {
            long low = from >> level;
            long high = (to >> level) - 1;
            if (high >= low) {
                levels.add(level);
                lows.add(low);
                highs.add(high);
            }
        }
        Map<NodeId, byte[]> nodes = new HashMap<>();
        if (levels.isEmpty()) {
            return nodes;
        }
        tx.preparedQuery(NODES).execute(Tuple.of(levels.toArray(Integer[]::new), lows.toArray(Long[]::new),
                        highs.toArray(Long[]::new)))
                .await().atMost(Db.TIMEOUT)
                .forEach(row -> nodes.put(new NodeId(row.getInteger("level"), row.getLong("node_index")),
                        row.getBuffer("hash").getBytes()));
        return nodes;
    }

    private List<StoredCheckpoint> checkpointsOf(long fromExclusive, long toInclusive) {
        return checkpoints.sizesIn(tx, fromExclusive, toInclusive).await().atMost(Db.TIMEOUT);
    }

    private void notInLog() {
        tx.query(NOT_IN_LOG).execute().await().atMost(Db.TIMEOUT).forEach(row -> findings.add(new Finding(
                Failure.NOT_IN_LOG, row.getString("kind"), row.getUUID("case_id"), row.getUUID("ref_id"),
                row.getLong("version"), null, null, "recorded, but neither in the log nor waiting to be logged")));
    }

    /** Reports the leaves whose rows changed, telling for the first ones which side the checkpoint signed. */
    private void diagnose(Optional<StoredCheckpoint> latest) {
        int diagnosed = latest.isPresent() ? Math.min(suspects.size(), DIAGNOSED) : 0;
        List<LeafDiagnosis.Verdict> verdicts = diagnosed == 0 ? List.of()
                : LeafDiagnosis.against(tx, trees, hashing, latest.get(), suspects.subList(0, diagnosed));
        for (int i = 0; i < suspects.size(); i++) {
            String detail = ROW_CHANGED;
            if (i < diagnosed) {
                detail += "; " + LeafDiagnosis.explain(verdicts.get(i), latest.get());
            }
            findings.add(Finding.leaf(Failure.LEAF_HASH_MISMATCH, suspectSources.get(i), suspects.get(i).index(), detail));
        }
    }
}
