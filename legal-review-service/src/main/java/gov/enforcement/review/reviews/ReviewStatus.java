package gov.enforcement.review.reviews;

/** Where a review stands; RETURNED and APPROVED are decided, SUPERSEDED means a newer draft replaced it. */
public enum ReviewStatus {
    OPEN, ASSIGNED, RETURNED, APPROVED, SUPERSEDED;

    public boolean isUndecided() {
        return this == OPEN || this == ASSIGNED;
    }
}
