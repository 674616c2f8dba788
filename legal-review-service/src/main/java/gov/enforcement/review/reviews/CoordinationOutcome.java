package gov.enforcement.review.reviews;

import java.util.Arrays;
import java.util.Optional;

/**
 * L-COORDINATE: whose position the coordination upheld. DRAFT_UPHELD overrules a return, so the draft goes on as
 * approved; REVIEW_UPHELD leaves the review as it stands.
 */
public enum CoordinationOutcome {
    DRAFT_UPHELD, REVIEW_UPHELD;

    public static Optional<CoordinationOutcome> of(String name) {
        return Arrays.stream(values()).filter(o -> o.name().equals(name)).findFirst();
    }
}
