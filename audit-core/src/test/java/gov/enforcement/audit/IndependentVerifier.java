package gov.enforcement.audit;

import org.bouncycastle.crypto.digests.SM3Digest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An outsider's RFC 9162 verifier, written from the definitions of PATH and SUBPROOF (§2.1.3, §2.1.4) by
 * recursing down the tree, and sharing no code with production (which uses the RFC's iterative algorithm):
 * a proof that passes here was not merely checked by the code that made it.
 */
public final class IndependentVerifier {

    private final UnaryOperator<byte[]> hash;

    private IndependentVerifier(UnaryOperator<byte[]> hash) {
        this.hash = hash;
    }

    public static IndependentVerifier sha256() {
        return new IndependentVerifier(data -> {
            try {
                return MessageDigest.getInstance("SHA-256").digest(data);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** SM3 through BouncyCastle's low-level digest, not the JCA provider production uses. */
    public static IndependentVerifier sm3() {
        return new IndependentVerifier(data -> {
            SM3Digest sm3 = new SM3Digest();
            sm3.update(data, 0, data.length);
            byte[] out = new byte[32];
            sm3.doFinal(out, 0);
            return out;
        });
    }

    public byte[] leafHash(byte[] leaf) {
        return hash.apply(concat(new byte[] {0}, leaf));
    }

    public byte[] nodeHash(byte[] left, byte[] right) {
        return hash.apply(concat(new byte[] {1}, concat(left, right)));
    }

    /** MTH of leaf hashes, straight from the definition. */
    public byte[] root(List<byte[]> leafHashes) {
        if (leafHashes.isEmpty()) {
            return hash.apply(new byte[0]);
        }
        return mth(leafHashes, 0, leafHashes.size());
    }

    public boolean inclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            return false;
        }
        Cursor cursor = new Cursor(path);
        try {
            byte[] computed = inclusionRoot(leafIndex, 0, treeSize, leafHash, cursor);
            return cursor.next == 0 && Arrays.equals(computed, root);
        } catch (IndexOutOfBoundsException e) {
            return false;
        }
    }

    public boolean consistency(long oldSize, long newSize, byte[] oldRoot, byte[] newRoot, List<byte[]> proof) {
        if (oldSize <= 0 || newSize < oldSize) {
            return false;
        }
        if (oldSize == newSize) {
            return proof.isEmpty() && Arrays.equals(oldRoot, newRoot);
        }
        Cursor cursor = new Cursor(proof);
        try {
            byte[][] hashes = subproof(oldSize, 0, newSize, true, oldRoot, cursor);
            return cursor.next == 0 && Arrays.equals(hashes[0], oldRoot) && Arrays.equals(hashes[1], newRoot);
        } catch (IndexOutOfBoundsException e) {
            return false;
        }
    }

    /** Convenience for proofs fetched as base64 text. */
    public static List<byte[]> decode(List<String> base64) {
        return base64.stream().map(Base64.getDecoder()::decode).toList();
    }

    /** PATH(m, D[lo:hi]) ends with the sibling at this level, so the walk down takes elements from the end. */
    private byte[] inclusionRoot(long m, long lo, long hi, byte[] leafHash, Cursor path) {
        if (hi - lo == 1) {
            return leafHash;
        }
        long k = largestPowerOfTwoBelow(hi - lo);
        byte[] sibling = path.takeLast();
        if (m < lo + k) {
            return nodeHash(inclusionRoot(m, lo, lo + k, leafHash, path), sibling);
        }
        return nodeHash(sibling, inclusionRoot(m, lo + k, hi, leafHash, path));
    }

    /** SUBPROOF(m, D[lo:hi], b): answers {hash of the old tree's part of [lo, hi), MTH(D[lo:hi])}. */
    private byte[][] subproof(long m, long lo, long hi, boolean whole, byte[] oldRoot, Cursor proof) {
        if (m == hi) {
            byte[] subtree = whole ? oldRoot : proof.takeLast();
            return new byte[][] {subtree, subtree};
        }
        long k = largestPowerOfTwoBelow(hi - lo);
        byte[] sibling = proof.takeLast();
        if (m <= lo + k) {
            byte[][] left = subproof(m, lo, lo + k, whole, oldRoot, proof);
            return new byte[][] {left[0], nodeHash(left[1], sibling)};
        }
        byte[][] right = subproof(m, lo + k, hi, false, oldRoot, proof);
        return new byte[][] {nodeHash(sibling, right[0]), nodeHash(sibling, right[1])};
    }

    private byte[] mth(List<byte[]> leaves, int lo, int hi) {
        if (hi - lo == 1) {
            return leaves.get(lo);
        }
        int k = (int) largestPowerOfTwoBelow(hi - lo);
        return nodeHash(mth(leaves, lo, lo + k), mth(leaves, lo + k, hi));
    }

    private static long largestPowerOfTwoBelow(long n) {
        long k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** Reads a proof from its end. */
    private static final class Cursor {
        private final List<byte[]> elements;
        private int next;

        Cursor(List<byte[]> elements) {
            this.elements = elements;
            this.next = elements.size();
        }

        byte[] takeLast() {
            return elements.get(--next);
        }
    }
}
