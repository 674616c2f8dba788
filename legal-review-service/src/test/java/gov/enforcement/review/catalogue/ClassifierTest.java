package gov.enforcement.review.catalogue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.review.drafts.Draft;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassifierTest {

    static final String AGENCY = "11130100MB12345671";
    static final List<String> ALL = List.of("FINE_ABOVE_THRESHOLD", "CONFISCATION_ABOVE_THRESHOLD", "LICENCE_REVOKED",
            "BUSINESS_CLOSED", "AFTER_HEARING", "MAJOR_PUBLIC_INTEREST", "MAJOR_SOCIAL_IMPACT", "MAJOR_RIGHTS", "COMPLEX_CASE");

    static Catalogue catalogue(int version, List<String> criteria, List<CatalogueRules.AlwaysReviewed> always) {
        return new Catalogue(version, new CatalogueRules(criteria, new BigDecimal("50000"), new BigDecimal("100000"), always),
                "platform-admin", null, null);
    }

    static Draft draft(String fine, boolean licence, boolean closed, boolean hearing, String... flags) {
        ObjectNode content = JsonNodeFactory.instance.objectNode();
        return new Draft(1, "a".repeat(64), fine == null ? null : new BigDecimal(fine), null, licence, closed,
                List.of(flags), hearing, null, false, content);
    }

    @Test
    @DisplayName("L-CATALOGUE, P-OUTCOME: a no-penalty decision is major only where the catalogue lists NO_PENALTY_DECISION")
    void noPenaltyDecisionsPerCatalogue() {
        Draft noPenalty = new Draft(1, "a".repeat(64), null, null, false, false, List.of(), false, null, true,
                JsonNodeFactory.instance.objectNode());
        assertFalse(Classifier.classify(noPenalty, "PENALTY", AGENCY, catalogue(1, ALL, List.of())).major());
        List<String> withNoPenalty = new java.util.ArrayList<>(ALL);
        withNoPenalty.add("NO_PENALTY_DECISION");
        Classification c = Classifier.classify(noPenalty, "PENALTY", AGENCY, catalogue(2, withNoPenalty, List.of()));
        assertTrue(c.major());
        assertEquals(List.of(Criterion.NO_PENALTY_DECISION), c.criteria());
        assertFalse(Classifier.classify(draft("100", false, false, false), "PENALTY", AGENCY,
                catalogue(2, withNoPenalty, List.of())).major(), "a penalty is not a no-penalty decision");
    }

    @Test
    @DisplayName("L-CATALOGUE: a fine above the threshold makes the draft major, naming the criterion and the version")
    void fineAboveThreshold() {
        Classification c = Classifier.classify(draft("50000.01", false, false, false), "PENALTY", AGENCY, catalogue(3, ALL, List.of()));
        assertTrue(c.major());
        assertEquals(3, c.catalogueVersion());
        assertEquals(List.of(Criterion.FINE_ABOVE_THRESHOLD), c.criteria());
    }

    @Test
    @DisplayName("L-CATALOGUE: a fine at the threshold is not above it; a minor draft is 'not major' with the version")
    void minorDraft() {
        Classification c = Classifier.classify(draft("50000", false, false, false), "PENALTY", AGENCY, catalogue(7, ALL, List.of()));
        assertFalse(c.major());
        assertEquals(7, c.catalogueVersion());
        assertEquals(List.of(), c.criteria());
    }

    @Test
    @DisplayName("L-CATALOGUE: licence revocation, closure, hearing and every declared flag count, each named")
    void everyCriterion() {
        Classification c = Classifier.classify(draft(null, true, true, true, "COMPLEX_CASE", "MAJOR_PUBLIC_INTEREST",
                "MAJOR_RIGHTS", "MAJOR_SOCIAL_IMPACT"), "PENALTY", AGENCY, catalogue(1, ALL, List.of()));
        assertEquals(List.of(Criterion.LICENCE_REVOKED, Criterion.BUSINESS_CLOSED, Criterion.AFTER_HEARING,
                Criterion.MAJOR_PUBLIC_INTEREST, Criterion.MAJOR_SOCIAL_IMPACT, Criterion.MAJOR_RIGHTS,
                Criterion.COMPLEX_CASE), c.criteria());
    }

    @Test
    @DisplayName("L-CATALOGUE: a criterion the catalogue version does not list does not count")
    void criterionNotInForce() {
        Classification c = Classifier.classify(draft("900000", false, false, true), "PENALTY", AGENCY,
                catalogue(2, List.of("LICENCE_REVOKED"), List.of()));
        assertFalse(c.major());
    }

    @Test
    @DisplayName("L-CATALOGUE: an agency that reviews every decision of a category, and only that agency")
    void alwaysReviewedCategory() {
        Catalogue catalogue = catalogue(4, ALL, List.of(new CatalogueRules.AlwaysReviewed(AGENCY, "PENALTY"),
                new CatalogueRules.AlwaysReviewed(null, "COERCION")));
        assertEquals(List.of(Criterion.CATEGORY_ALWAYS_REVIEWED),
                Classifier.classify(draft("10", false, false, false), "PENALTY", AGENCY, catalogue).criteria());
        assertFalse(Classifier.classify(draft("10", false, false, false), "PENALTY", "12130100MB00000019", catalogue).major());
        assertTrue(Classifier.classify(draft(null, false, false, false), "COERCION", "12130100MB00000019", catalogue).major());
        assertFalse(Classifier.classify(draft(null, false, false, false), null, AGENCY, catalogue).major(),
                "a case legal review never saw registered has no category to match");
    }
}
