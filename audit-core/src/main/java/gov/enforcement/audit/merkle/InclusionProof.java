package gov.enforcement.audit.merkle;

import java.util.ArrayList;
import java.util.List;

/** RFC 9162 §2.1.3.1: the audit path PATH(m, D[n]) of leaf m in the tree of the first n leaves. */
public final class InclusionProof {

    private InclusionProof() {
    }

    public static ProofPlan plan(long leafIndex, long treeSize) {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new IllegalArgumentException("leaf " + leafIndex + " is not in a tree of " + treeSize);
        }
        List<List<NodeId>> elements = new ArrayList<>();
        path(leafIndex, 0, treeSize, elements);
        return new ProofPlan(elements);
    }

    /** PATH(m, D[from:to]), elements from the leaf's sibling up to the root's child. */
    private static void path(long m, long from, long to, List<List<NodeId>> out) {
        if (to - from == 1) {
            return;
        }
        long k = MerkleHashing.split(to - from);
        if (m < from + k) {
            path(m, from, from + k, out);
            out.add(NodeId.cover(from + k, to));
        } else {
            path(m, from + k, to, out);
            out.add(NodeId.cover(from, from + k));
        }
    }
}
