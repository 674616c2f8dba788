package gov.enforcement.audit.merkle;

import java.util.ArrayList;
import java.util.List;

/** A complete subtree: 2^level leaves starting at leaf {@code index * 2^level}. Level 0 is a leaf. */
public record NodeId(int level, long index) {

    public NodeId {
        if (level < 0 || level > 62 || index < 0) {
            throw new IllegalArgumentException("no node at level " + level + ", index " + index);
        }
    }

    public long firstLeaf() {
        return index << level;
    }

    /** One past the last leaf covered. */
    public long endLeaf() {
        return (index + 1) << level;
    }

    /**
     * The complete subtrees that cover leaves [from, to), left to right, each as large as alignment allows.
     * For the ranges RFC 9162 recurses into (from a multiple of a power of two at least to - from), their
     * sizes do not increase, so {@link MerkleHashing#fold} of their hashes is MTH(D[from:to]).
     */
    public static List<NodeId> cover(long from, long to) {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("no range [" + from + ", " + to + ")");
        }
        List<NodeId> nodes = new ArrayList<>();
        long at = from;
        while (at < to) {
            long size = Long.highestOneBit(to - at);
            while (at % size != 0) {
                size >>= 1;
            }
            int level = Long.numberOfTrailingZeros(size);
            nodes.add(new NodeId(level, at >> level));
            at += size;
        }
        return nodes;
    }
}
