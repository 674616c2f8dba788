package gov.enforcement.audit.merkle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A proof before hashing: for each element, the complete subtrees whose fold is that element. Knowing all
 * subtrees up front lets a store fetch them in one query (O(log n) rows) instead of one per element.
 */
public record ProofPlan(List<List<NodeId>> elements) {

    public ProofPlan {
        elements = List.copyOf(elements);
    }

    /** Every complete subtree the proof needs, each once. */
    public Set<NodeId> nodes() {
        Set<NodeId> all = new LinkedHashSet<>();
        elements.forEach(all::addAll);
        return all;
    }

    public List<byte[]> evaluate(SubtreeHashes hashes, MerkleHashing hashing) {
        List<byte[]> proof = new ArrayList<>(elements.size());
        for (List<NodeId> element : elements) {
            proof.add(hashing.fold(element.stream().map(hashes::hash).toList()));
        }
        return proof;
    }
}
