package gov.enforcement.review.signing;

/** Where a published key stands: signing now, kept only to verify older opinions, or no longer trusted. */
public enum KeyStatus {
    ACTIVE, RETIRED, REVOKED
}
