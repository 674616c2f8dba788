package gov.enforcement.review.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The content of one catalogue version, as admins write it: the criteria in force, the thresholds (a fine or
 * confiscation strictly above counts) and the case categories always reviewed, for every agency ({@code agency}
 * null) or one agency.
 */
public record CatalogueRules(List<String> criteria, BigDecimal fineThreshold, BigDecimal confiscationThreshold,
                             List<AlwaysReviewed> alwaysReviewed) {

    /** A case category that an agency (or every agency, when null) always sends to review. */
    public record AlwaysReviewed(String agency, String category) {
    }

    /** Null entries are kept (not a NullPointerException) so that validation names them, e.g. {@code criteria[0]}. */
    public CatalogueRules {
        criteria = criteria == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(criteria));
        alwaysReviewed = alwaysReviewed == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(alwaysReviewed));
    }
}
