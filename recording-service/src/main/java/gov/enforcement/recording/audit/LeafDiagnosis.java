package gov.enforcement.recording.audit;

import gov.enforcement.audit.merkle.InclusionProof;
import gov.enforcement.audit.merkle.MerkleHashing;
import gov.enforcement.audit.merkle.NodeId;
import gov.enforcement.audit.merkle.ProofPlan;
import gov.enforcement.audit.merkle.ProofVerifier;
import io.vertx.mutiny.sqlclient.SqlConnection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells, for leaves against a signed checkpoint, which hash the checkpoint signed: the stored leaf hash
 * (then the row changed later) or the hash of the row as it is (then the stored leaf hash changed).
 */
final class LeafDiagnosis {

    /** A leaf to check, with both its stored hash and the hash of its row (null when the row is gone). */
    record Leaf(long index, byte[] storedHash, byte[] rowHash) {
    }

    /** Whether each hash is the one the checkpoint signed; null when the leaf is not under the checkpoint. */
    record Verdict(boolean storedSigned, boolean rowSigned) {
    }

    private LeafDiagnosis() {
    }

    static List<Verdict> against(SqlConnection tx, TreeStore trees, MerkleHashing hashing, StoredCheckpoint checkpoint,
                                 List<Leaf> leaves) {
        List<ProofPlan> plans = new ArrayList<>();
        Set<NodeId> wanted = new HashSet<>();
        for (Leaf leaf : leaves) {
            ProofPlan plan = leaf.index() < checkpoint.treeSize() ? InclusionProof.plan(leaf.index(), checkpoint.treeSize()) : null;
            plans.add(plan);
            if (plan != null) {
                wanted.addAll(plan.nodes());
            }
        }
        Map<NodeId, byte[]> stored = trees.subtrees(tx, wanted).await().atMost(Db.TIMEOUT);
        ProofVerifier verifier = new ProofVerifier(hashing);
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < leaves.size(); i++) {
            Leaf leaf = leaves.get(i);
            ProofPlan plan = plans.get(i);
            if (plan == null) {
                verdicts.add(null);
                continue;
            }
            List<byte[]> path;
            try {
                path = plan.evaluate(node -> TreeStore.required(stored, node), hashing);
            } catch (TreeStore.MissingSubtreeException e) {
                verdicts.add(new Verdict(false, false));
                continue;
            }
            boolean storedSigned = verifier.verifyInclusion(leaf.index(), checkpoint.treeSize(), leaf.storedHash(), path,
                    checkpoint.rootHash());
            boolean rowSigned = leaf.rowHash() != null && verifier.verifyInclusion(leaf.index(), checkpoint.treeSize(),
                    leaf.rowHash(), path, checkpoint.rootHash());
            verdicts.add(new Verdict(storedSigned, rowSigned));
        }
        return verdicts;
    }

    /** The explanation of a leaf hash mismatch, given the verdict. */
    static String explain(Verdict verdict, StoredCheckpoint checkpoint) {
        String signed = "the checkpoint of " + checkpoint.treeSize() + " leaves";
        if (verdict == null) {
            return "not yet under a signed checkpoint";
        }
        if (verdict.rowSigned()) {
            return "the row is as signed in " + signed + ": the stored leaf hash was altered";
        }
        if (verdict.storedSigned()) {
            return "the stored leaf hash is the one signed in " + signed + ": the row was altered after signing";
        }
        return "neither the row nor the stored leaf hash is what " + signed + " signed";
    }
}
