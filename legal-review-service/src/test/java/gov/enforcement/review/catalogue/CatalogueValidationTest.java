package gov.enforcement.review.catalogue;

import gov.enforcement.platform.problem.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogueValidationTest {

    private static List<String> fields(CatalogueRules rules) {
        return CatalogueValidation.errors(rules).stream().map(Problem.FieldError::field).toList();
    }

    @Test
    @DisplayName("L-CATALOGUE: a complete catalogue is valid")
    void valid() {
        assertTrue(CatalogueValidation.errors(new CatalogueRules(ClassifierTest.ALL, new BigDecimal("50000"),
                BigDecimal.ZERO, List.of(new CatalogueRules.AlwaysReviewed(null, "PENALTY")))).isEmpty());
    }

    @Test
    @DisplayName("L-CATALOGUE: an unknown criterion, a negative threshold, a bad category and a duplicate are all named")
    void invalid() {
        CatalogueRules rules = new CatalogueRules(List.of("FINE_ABOVE_THRESHOLD", "BIG_CASE", "FINE_ABOVE_THRESHOLD"),
                new BigDecimal("-1"), null, List.of(new CatalogueRules.AlwaysReviewed("nope", "FINES")));
        assertEquals(List.of("criteria[1]", "criteria[2]", "fineThreshold", "alwaysReviewed[0].category",
                "alwaysReviewed[0].agency"), fields(rules));
    }

    @Test
    @DisplayName("L-CATALOGUE: an agency's credit code needs its check character right, not only its alphabet")
    void creditCodeChecksum() {
        assertEquals(List.of("alwaysReviewed[0].agency"), fields(new CatalogueRules(List.of("CATEGORY_ALWAYS_REVIEWED"),
                null, null, List.of(new CatalogueRules.AlwaysReviewed("11130100MB12345672", "PENALTY")))));
        assertTrue(fields(new CatalogueRules(List.of("CATEGORY_ALWAYS_REVIEWED"), null, null,
                List.of(new CatalogueRules.AlwaysReviewed("11130100MB12345671", "PENALTY")))).isEmpty());
    }

    @Test
    @DisplayName("L-CATALOGUE: a threshold criterion in force needs its threshold")
    void thresholdRequired() {
        assertEquals(List.of("confiscationThreshold"), fields(new CatalogueRules(
                List.of("CONFISCATION_ABOVE_THRESHOLD"), null, null, List.of())));
    }
}
