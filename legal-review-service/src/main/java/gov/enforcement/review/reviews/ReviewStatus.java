package gov.enforcement.review.reviews;

/**
 * Where a review stands. OPEN and ASSIGNED run against the deadline; PENDING_SIGN_OFF has the first reviewer's
 * opinion waiting for the head reviewer (承办人初审 → 负责人复核), still against the deadline; PAUSED waits for
 * supplementary materials with the clock stopped; RETURNED and APPROVED are decided; SUPERSEDED means a newer draft
 * replaced it.
 */
public enum ReviewStatus {
    OPEN, ASSIGNED, PAUSED, RETURNED, APPROVED, SUPERSEDED, PENDING_SIGN_OFF;

    /** No opinion yet: a newer draft supersedes it, an admin may still assign it. */
    public boolean isUndecided() {
        return this == OPEN || this == ASSIGNED || this == PAUSED || this == PENDING_SIGN_OFF;
    }

    /** The deadline clock runs (L-TIME): undecided and not waiting for materials. */
    public boolean isRunning() {
        return this == OPEN || this == ASSIGNED || this == PENDING_SIGN_OFF;
    }
}
