package gov.enforcement.audit.merkle;

/** Where the hashes of complete subtrees come from: stored nodes, or leaves in memory. */
@FunctionalInterface
public interface SubtreeHashes {

    /** The hash of the complete subtree; never null (throw if it is missing). */
    byte[] hash(NodeId node);
}
