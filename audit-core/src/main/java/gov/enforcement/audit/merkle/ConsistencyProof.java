package gov.enforcement.audit.merkle;

import java.util.ArrayList;
import java.util.List;

/** RFC 9162 §2.1.4.1: PROOF(m, D[n]), that the tree of the first m leaves is a prefix of the first n. */
public final class ConsistencyProof {

    private ConsistencyProof() {
    }

    public static ProofPlan plan(long oldSize, long newSize) {
        if (oldSize < 0 || newSize < oldSize) {
            throw new IllegalArgumentException("no consistency proof from " + oldSize + " to " + newSize);
        }
        List<List<NodeId>> elements = new ArrayList<>();
        if (oldSize > 0 && oldSize < newSize) {
            subproof(oldSize, 0, newSize, true, elements);
        }
        return new ProofPlan(elements);
    }

    /** SUBPROOF(m, D[from:to], b), with m counted from leaf 0. */
    private static void subproof(long m, long from, long to, boolean whole, List<List<NodeId>> out) {
        if (m == to) {
            if (!whole) {
                out.add(NodeId.cover(from, to));
            }
            return;
        }
        long k = MerkleHashing.split(to - from);
        if (m <= from + k) {
            subproof(m, from, from + k, whole, out);
            out.add(NodeId.cover(from + k, to));
        } else {
            subproof(m, from + k, to, false, out);
            out.add(NodeId.cover(from, from + k));
        }
    }
}
