package gov.enforcement.review.reviews;

import java.util.Arrays;
import java.util.Optional;

/**
 * L-COLLECTIVE: what the meeting decided about the draft. Only APPROVED lets the decision issue; AMENDED sends it
 * back for a new draft with the meeting's changes, REFUSED stops it.
 */
public enum CollectiveOutcome {
    APPROVED, AMENDED, REFUSED;

    /** The outcome named exactly so, or empty: free text is not read as a decision either way. */
    public static Optional<CollectiveOutcome> of(String name) {
        return Arrays.stream(values()).filter(o -> o.name().equals(name)).findFirst();
    }
}
