package gov.enforcement.recording.audit;

import gov.enforcement.audit.merkle.MerkleHashing;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * R-TAMPER for one case, in one snapshot: every leaf of the case (found by its case id and by its rows, so
 * a misfiled leaf is found too) is rehashed from its row and proven included in the latest checkpoint,
 * whose signature is checked; rows of the case that never reached the log are reported.
 */
final class CaseVerification {

    private static final String KNOWN = "select exists (select 1 from case_streams where case_id = $1)"
            + " or exists (select 1 from audit_leaves where case_id = $1)"
            + " or exists (select 1 from access_log where case_id = $1)";

    /** The case's leaves by their case id, and by their rows (a leaf filed under another case is found too). */
    private static final String LEAVES = "select l.leaf_index, l.leaf_hash, l.kind, l.ref_id, l.case_id as leaf_case_id, "
            + LeafSources.COLUMNS + " from audit_leaves l" + LeafSources.joins("l")
            + " where l.leaf_index in (select leaf_index from audit_leaves where case_id = $1"
            + " union select x.leaf_index from case_events c join audit_leaves x on x.ref_id = c.event_id where c.case_id = $1"
            + " union select x.leaf_index from access_log r join audit_leaves x on x.ref_id = r.access_id where r.case_id = $1)"
            + " order by l.leaf_index";

    private static final String NOT_IN_LOG = "select 'case-event' as kind, e.event_id as ref_id, e.version"
            + " from case_events e where e.case_id = $1"
            + " and not exists (select 1 from audit_leaves l where l.ref_id = e.event_id)"
            + " and not exists (select 1 from audit_queue q where q.ref_id = e.event_id)"
            + " union all select 'access', a.access_id, null from access_log a where a.case_id = $1"
            + " and not exists (select 1 from audit_leaves l where l.ref_id = a.access_id)"
            + " and not exists (select 1 from audit_queue q where q.ref_id = a.access_id)";

    private final SqlConnection tx;
    private final TreeStore trees;
    private final CheckpointStore checkpoints;
    private final CheckpointCheck checkpointCheck;
    private final MerkleHashing hashing;
    private final Findings findings = new Findings();

    CaseVerification(SqlConnection tx, TreeStore trees, CheckpointStore checkpoints, CheckpointCheck checkpointCheck,
                     MerkleHashing hashing) {
        this.tx = tx;
        this.trees = trees;
        this.checkpoints = checkpoints;
        this.checkpointCheck = checkpointCheck;
        this.hashing = hashing;
    }

    /** The report, or empty when nothing at all is known of the case. */
    Optional<VerifyReport> run(UUID caseId) {
        if (!tx.preparedQuery(KNOWN).execute(Tuple.of(caseId)).await().atMost(Db.TIMEOUT).iterator().next().getBoolean(0)) {
            return Optional.empty();
        }
        Optional<StoredCheckpoint> latest = checkpoints.latest(tx).await().atMost(Db.TIMEOUT);
        latest.ifPresent(head -> checkpointCheck.check(head, findings));
        List<LeafDiagnosis.Leaf> leaves = new ArrayList<>();
        List<LeafSources.Source> sources = new ArrayList<>();
        for (Row row : tx.preparedQuery(LEAVES).execute(Tuple.of(caseId)).await().atMost(Db.TIMEOUT)) {
            long index = row.getLong("leaf_index");
            LeafSources.Source source = LeafSources.read(row);
            if (source.missing()) {
                findings.add(new Finding(Failure.LEAF_SOURCE_MISSING, source.kind(), row.getUUID("leaf_case_id"),
                        source.refId(), source.version(), index, null, source.why()));
            } else if (!caseId.equals(source.caseId()) || !caseId.equals(row.getUUID("leaf_case_id"))) {
                findings.add(Finding.leaf(Failure.LEAF_MISFILED, source, index,
                        "the leaf is filed under case " + row.getUUID("leaf_case_id")));
            }
            leaves.add(new LeafDiagnosis.Leaf(index, row.getBuffer("leaf_hash").getBytes(),
                    source.missing() ? null : hashing.leaf(source.bytes())));
            sources.add(source);
        }
        List<LeafDiagnosis.Verdict> verdicts = latest.isEmpty() ? null
                : LeafDiagnosis.against(tx, trees, hashing, latest.get(), leaves);
        for (int i = 0; i < leaves.size(); i++) {
            LeafDiagnosis.Leaf leaf = leaves.get(i);
            LeafDiagnosis.Verdict verdict = verdicts == null ? null : verdicts.get(i);
            if (verdict != null && !verdict.storedSigned()) {
                findings.add(Finding.leaf(Failure.INCLUSION_FAILED, sources.get(i), leaf.index(),
                        "the stored leaf hash is not included in the signed checkpoint of " + latest.get().treeSize()
                                + " leaves (root " + AuditViews.b64(latest.get().rootHash()) + ")"));
            }
            if (leaf.rowHash() != null && !Arrays.equals(leaf.rowHash(), leaf.storedHash())) {
                findings.add(Finding.leaf(Failure.LEAF_HASH_MISMATCH, sources.get(i), leaf.index(),
                        "the row no longer hashes to the stored leaf hash"
                                + (latest.isPresent() ? "; " + LeafDiagnosis.explain(verdict, latest.get()) : "")));
            }
        }
        tx.preparedQuery(NOT_IN_LOG).execute(Tuple.of(caseId)).await().atMost(Db.TIMEOUT).forEach(row -> findings.add(
                new Finding(Failure.NOT_IN_LOG, row.getString("kind"), caseId, row.getUUID("ref_id"),
                        row.getLong("version"), null, null, "recorded, but neither in the log nor waiting to be logged")));
        return Optional.of(new VerifyReport(findings.isEmpty(), "case", caseId, hashing.algorithm().id(), leaves.size(),
                latest.isPresent() ? 1 : 0, latest.map(StoredCheckpoint::treeSize).orElse(null), findings.sorted(),
                findings.unlisted()));
    }
}
