package gov.enforcement.audit.merkle;

import gov.enforcement.audit.IndependentVerifier;
import gov.enforcement.audit.crypto.HashAlgorithm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MerkleHashingTest {

    private final MerkleHashing sha256 = new MerkleHashing(HashAlgorithm.SHA_256);

    @Test
    @DisplayName("R-TAMPER: RFC 6962/9162 test vectors: leaf hashes, every complete subtree and the roots of sizes 0 to 8")
    void referenceVectors() {
        List<byte[]> leafHashes = Rfc6962Vectors.LEAVES.stream().map(sha256::leaf).toList();
        for (int i = 0; i < 8; i++) {
            assertArrayEquals(Rfc6962Vectors.NODES.get(0).get(i), leafHashes.get(i), "leaf " + i);
        }
        for (int size = 0; size <= 8; size++) {
            assertArrayEquals(Rfc6962Vectors.ROOTS.get(size), sha256.root(leafHashes.subList(0, size)), "root of " + size);
        }
        Map<NodeId, byte[]> completed = new HashMap<>();
        CompactRange range = CompactRange.empty(sha256);
        for (int size = 1; size <= 8; size++) {
            range.append(leafHashes.get(size - 1), completed::put);
            assertArrayEquals(Rfc6962Vectors.ROOTS.get(size), range.root(), "compact range root of " + size);
        }
        for (int level = 1; level < Rfc6962Vectors.NODES.size(); level++) {
            for (int index = 0; index < Rfc6962Vectors.NODES.get(level).size(); index++) {
                assertArrayEquals(Rfc6962Vectors.NODES.get(level).get(index), completed.get(new NodeId(level, index)));
            }
        }
        assertEquals(7, completed.size(), "an 8-leaf tree has 7 complete subtrees above its leaves");
    }

    @Test
    @DisplayName("R-TAMPER: RFC 6962/9162 inclusion and consistency proof vectors are generated exactly")
    void proofVectors() {
        SubtreeHashes vectors = node -> Rfc6962Vectors.NODES.get(node.level()).get((int) node.index());
        for (Rfc6962Vectors.Inclusion v : Rfc6962Vectors.INCLUSION) {
            assertHashes(v.path(), InclusionProof.plan(v.leafIndex(), v.treeSize()).evaluate(vectors, sha256),
                    "PATH(" + v.leafIndex() + ", " + v.treeSize() + ")");
        }
        for (Rfc6962Vectors.Consistency v : Rfc6962Vectors.CONSISTENCY) {
            assertHashes(v.proof(), ConsistencyProof.plan(v.oldSize(), v.newSize()).evaluate(vectors, sha256),
                    "PROOF(" + v.oldSize() + ", " + v.newSize() + ")");
        }
    }

    @Test
    @DisplayName("R-TAMPER: the vectors pass the production verifier and the independent one")
    void vectorsVerify() {
        ProofVerifier production = new ProofVerifier(sha256);
        IndependentVerifier independent = IndependentVerifier.sha256();
        for (Rfc6962Vectors.Inclusion v : Rfc6962Vectors.INCLUSION) {
            byte[] leaf = Rfc6962Vectors.NODES.get(0).get((int) v.leafIndex());
            byte[] root = Rfc6962Vectors.ROOTS.get((int) v.treeSize());
            assertTrue(production.verifyInclusion(v.leafIndex(), v.treeSize(), leaf, v.path(), root));
            assertTrue(independent.inclusion(v.leafIndex(), v.treeSize(), leaf, v.path(), root));
        }
        for (Rfc6962Vectors.Consistency v : Rfc6962Vectors.CONSISTENCY) {
            byte[] oldRoot = Rfc6962Vectors.ROOTS.get((int) v.oldSize());
            byte[] newRoot = Rfc6962Vectors.ROOTS.get((int) v.newSize());
            assertTrue(production.verifyConsistency(v.oldSize(), v.newSize(), oldRoot, newRoot, v.proof()));
            assertTrue(independent.consistency(v.oldSize(), v.newSize(), oldRoot, newRoot, v.proof()));
        }
    }

    @Test
    @DisplayName("R-TAMPER: every proof of every tree up to 70 leaves verifies independently, and any change breaks it")
    void generatedProofsVerify() {
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            MerkleHashing hashing = new MerkleHashing(algorithm);
            IndependentVerifier independent = algorithm == HashAlgorithm.SM3 ? IndependentVerifier.sm3()
                    : IndependentVerifier.sha256();
            ProofVerifier production = new ProofVerifier(hashing);
            List<byte[]> leaves = new ArrayList<>();
            for (int i = 0; i < 70; i++) {
                leaves.add(hashing.leaf(("leaf " + i).getBytes(StandardCharsets.UTF_8)));
            }
            SubtreeHashes fromLeaves = node -> hashing.root(leaves.subList((int) node.firstLeaf(), (int) node.endLeaf()));
            for (int n = 1; n <= leaves.size(); n++) {
                byte[] root = independent.root(leaves.subList(0, n));
                assertArrayEquals(root, hashing.root(leaves.subList(0, n)));
                for (int m = 0; m < n; m++) {
                    List<byte[]> path = InclusionProof.plan(m, n).evaluate(fromLeaves, hashing);
                    assertTrue(independent.inclusion(m, n, leaves.get(m), path, root), "PATH(" + m + ", " + n + ")");
                    assertTrue(production.verifyInclusion(m, n, leaves.get(m), path, root));
                    assertFalse(independent.inclusion(m, n, leaves.get((m + 1) % n), path, root) && n > 1);
                }
                for (int m = 1; m <= n; m++) {
                    byte[] oldRoot = independent.root(leaves.subList(0, m));
                    List<byte[]> proof = ConsistencyProof.plan(m, n).evaluate(fromLeaves, hashing);
                    assertTrue(independent.consistency(m, n, oldRoot, root, proof), "PROOF(" + m + ", " + n + ")");
                    assertTrue(production.verifyConsistency(m, n, oldRoot, root, proof));
                    if (!proof.isEmpty()) {
                        List<byte[]> changed = new ArrayList<>(proof);
                        byte[] flipped = changed.get(0).clone();
                        flipped[0] ^= 1;
                        changed.set(0, flipped);
                        assertFalse(independent.consistency(m, n, oldRoot, root, changed));
                        assertFalse(production.verifyConsistency(m, n, oldRoot, root, changed));
                        assertFalse(production.verifyConsistency(m, n, oldRoot, root, proof.subList(1, proof.size())));
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("R-TAMPER: the production verifier refuses wrong indexes, sizes, roots and padded or shortened proofs")
    void productionVerifierRefuses() {
        ProofVerifier verifier = new ProofVerifier(sha256);
        Rfc6962Vectors.Inclusion v = Rfc6962Vectors.INCLUSION.get(2);
        byte[] leaf = Rfc6962Vectors.NODES.get(0).get(5);
        byte[] root = Rfc6962Vectors.ROOTS.get(8);
        assertFalse(verifier.verifyInclusion(4, 8, leaf, v.path(), root));
        assertFalse(verifier.verifyInclusion(6, 8, leaf, v.path(), root));
        assertFalse(verifier.verifyInclusion(5, 16, leaf, v.path(), root));
        assertFalse(verifier.verifyInclusion(5, 4, leaf, v.path(), root));
        assertFalse(verifier.verifyInclusion(5, 8, leaf, v.path(), Rfc6962Vectors.ROOTS.get(7)));
        List<byte[]> longer = new ArrayList<>(v.path());
        longer.add(root);
        assertFalse(verifier.verifyInclusion(5, 8, leaf, longer, root));
        assertFalse(verifier.verifyInclusion(5, 8, leaf, v.path().subList(0, 2), root));
        Rfc6962Vectors.Consistency c = Rfc6962Vectors.CONSISTENCY.get(2);
        assertFalse(verifier.verifyConsistency(5, 8, Rfc6962Vectors.ROOTS.get(5), root, c.proof()));
        assertFalse(verifier.verifyConsistency(6, 8, Rfc6962Vectors.ROOTS.get(6), Rfc6962Vectors.ROOTS.get(7), c.proof()));
        assertFalse(verifier.verifyConsistency(6, 8, Rfc6962Vectors.ROOTS.get(6), root, List.of()));
        assertFalse(verifier.verifyConsistency(1, 1, Rfc6962Vectors.ROOTS.get(1), Rfc6962Vectors.ROOTS.get(1),
                List.of(root)));
    }

    @Test
    @DisplayName("a compact range restored from its size and border continues exactly where it was")
    void compactRangeRestores() {
        CompactRange range = CompactRange.empty(sha256);
        for (int i = 0; i < 13; i++) {
            range.append(sha256.leaf(new byte[] {(byte) i}), (node, hash) -> { });
        }
        CompactRange restored = CompactRange.of(sha256, range.size(), range.border());
        assertEquals(NodeId.cover(0, 13), List.of(new NodeId(3, 0), new NodeId(2, 2), new NodeId(0, 12)));
        for (int i = 13; i < 40; i++) {
            byte[] leaf = sha256.leaf(new byte[] {(byte) i});
            range.append(leaf, (node, hash) -> { });
            restored.append(leaf, (node, hash) -> { });
            assertArrayEquals(range.root(), restored.root());
        }
        assertTrue(restored.sameAs(range.size(), range.border()));
    }

    @Test
    @DisplayName("SM3 is GB/T 32905: the standard's first example")
    void sm3() {
        byte[] digest = HashAlgorithm.SM3.newDigest().digest("abc".getBytes(StandardCharsets.US_ASCII));
        assertEquals("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0", HexFormat.of().formatHex(digest));
    }

    private static void assertHashes(List<byte[]> expected, List<byte[]> actual, String what) {
        assertEquals(expected.size(), actual.size(), what);
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), what + " element " + i);
        }
    }
}
