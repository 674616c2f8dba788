package gov.enforcement.audit.merkle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The right border of a growing tree: one hash per complete subtree of [0, size), largest first (one per
 * set bit of size). Appending a leaf merges equal-sized subtrees and reports each subtree it completes,
 * so a store can keep them; the root is the fold of the border. O(log n) memory for any size.
 */
public final class CompactRange {

    /** Told of every complete subtree of level 1 and up as it comes into being, lowest first. */
    @FunctionalInterface
    public interface Completed {
        void node(NodeId node, byte[] hash);
    }

    private final MerkleHashing hashing;
    private final ArrayList<byte[]> border;
    private long size;

    private CompactRange(MerkleHashing hashing, long size, List<byte[]> border) {
        this.hashing = hashing;
        this.size = size;
        this.border = new ArrayList<>(border);
    }

    public static CompactRange empty(MerkleHashing hashing) {
        return new CompactRange(hashing, 0, List.of());
    }

    public static CompactRange of(MerkleHashing hashing, long size, List<byte[]> border) {
        if (size < 0 || border.size() != Long.bitCount(size)) {
            throw new IllegalArgumentException("a tree of " + size + " leaves has " + Long.bitCount(size)
                    + " border subtrees, not " + border.size());
        }
        return new CompactRange(hashing, size, border);
    }

    public long size() {
        return size;
    }

    /** The border hashes, largest subtree first; their ids are {@code NodeId.cover(0, size())}. */
    public List<byte[]> border() {
        return List.copyOf(border);
    }

    public void append(byte[] leafHash, Completed completed) {
        byte[] hash = leafHash;
        long index = size;
        int level = 0;
        while ((index & 1) == 1) {
            hash = hashing.node(border.remove(border.size() - 1), hash);
            index >>= 1;
            level++;
            completed.node(new NodeId(level, index), hash);
        }
        border.add(hash);
        size++;
    }

    public byte[] root() {
        return hashing.fold(border);
    }

    public CompactRange copy() {
        return new CompactRange(hashing, size, border);
    }

    public boolean sameAs(long otherSize, List<byte[]> otherBorder) {
        if (otherSize != size || otherBorder.size() != border.size()) {
            return false;
        }
        for (int i = 0; i < border.size(); i++) {
            if (!Arrays.equals(border.get(i), otherBorder.get(i))) {
                return false;
            }
        }
        return true;
    }
}
