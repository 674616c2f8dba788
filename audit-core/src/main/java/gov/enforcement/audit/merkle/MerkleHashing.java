package gov.enforcement.audit.merkle;

import gov.enforcement.audit.crypto.HashAlgorithm;

import java.security.MessageDigest;
import java.util.List;

/**
 * RFC 9162 §2.1.1 hashing: leaf = H(0x00 || bytes), node = H(0x01 || left || right), and the Merkle Tree
 * Hash (MTH) of n leaves split at the largest power of two smaller than n. Keeps one digest, so an
 * instance is not thread-safe: make one per thread or task.
 */
public final class MerkleHashing {

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private final HashAlgorithm algorithm;
    private final MessageDigest digest;

    public MerkleHashing(HashAlgorithm algorithm) {
        this.algorithm = algorithm;
        this.digest = algorithm.newDigest();
    }

    public HashAlgorithm algorithm() {
        return algorithm;
    }

    public byte[] leaf(byte[] bytes) {
        digest.update(LEAF_PREFIX);
        digest.update(bytes);
        return digest.digest();
    }

    public byte[] node(byte[] left, byte[] right) {
        digest.update(NODE_PREFIX);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    /** MTH({}) = H(), the hash of nothing. */
    public byte[] emptyRoot() {
        return digest.digest();
    }

    /** MTH over leaf hashes, by the recursive definition: the reference the faster code is tested against. */
    public byte[] root(List<byte[]> leafHashes) {
        return leafHashes.isEmpty() ? emptyRoot() : mth(leafHashes, 0, leafHashes.size());
    }

    /**
     * The hash of adjacent complete subtrees given left to right with non-increasing sizes (a compact range
     * starting at a multiple of its largest subtree): folded from the right, as MTH splits.
     */
    public byte[] fold(List<byte[]> subtreeHashes) {
        if (subtreeHashes.isEmpty()) {
            return emptyRoot();
        }
        byte[] hash = subtreeHashes.get(subtreeHashes.size() - 1);
        for (int i = subtreeHashes.size() - 2; i >= 0; i--) {
            hash = node(subtreeHashes.get(i), hash);
        }
        return hash;
    }

    /** The k of RFC 9162: the largest power of two smaller than n (n > 1). */
    public static long split(long n) {
        if (n < 2) {
            throw new IllegalArgumentException("no split for " + n + " leaves");
        }
        return Long.highestOneBit(n - 1);
    }

    private byte[] mth(List<byte[]> leaves, int from, int to) {
        if (to - from == 1) {
            return leaves.get(from);
        }
        int k = (int) split(to - from);
        byte[] left = mth(leaves, from, from + k);
        byte[] right = mth(leaves, from + k, to);
        return node(left, right);
    }
}
