package gov.enforcement.recording.audit;

/** What a verification found wrong (R-TAMPER); each finding names one. */
public enum Failure {
    /** The case event or access row no longer hashes to its stored leaf hash: the row or the leaf changed. */
    LEAF_HASH_MISMATCH,
    /** A leaf's case event or access row is gone, or can no longer be read as a leaf. */
    LEAF_SOURCE_MISSING,
    /** A leaf is filed under another case than its row's. */
    LEAF_MISFILED,
    /** A leaf index is missing: the indexes are no longer dense. */
    LEAF_MISSING,
    /** A recorded case event or access record is neither in the log nor waiting for it. */
    NOT_IN_LOG,
    /** A stored subtree hash differs from the one recomputed from the stored leaves below it. */
    NODE_MISMATCH,
    /** The root recomputed from the stored leaves differs from a signed checkpoint's root. */
    CHECKPOINT_ROOT_MISMATCH,
    /** A leaf's stored hash is not included in the latest signed checkpoint. */
    INCLUSION_FAILED,
    /** A checkpoint's signature does not verify with its published key. */
    CHECKPOINT_SIGNATURE_INVALID,
    /** A checkpoint names a key that was never published. */
    CHECKPOINT_KEY_UNKNOWN,
    /** A checkpoint's stored columns and its signed note disagree, or the note cannot be read. */
    CHECKPOINT_MALFORMED,
    /** A checkpoint covers more leaves than the log has: leaves were removed. */
    CHECKPOINT_BEYOND_LOG,
    /** A larger tree was signed before a smaller one: consecutive checkpoints contradict each other. */
    CHECKPOINT_ORDER,
    /** The sequencer's state (size, root, border) differs from what the leaves give. */
    TREE_STATE_MISMATCH
}
