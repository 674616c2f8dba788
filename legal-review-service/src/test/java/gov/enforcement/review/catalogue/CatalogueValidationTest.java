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
        assertEquals(List.of("criteria[1]", "criteria[2]", "criteria", "fineThreshold", "confiscationThreshold",
                "alwaysReviewed[0].category", "alwaysReviewed[0].agency"), fields(rules));
    }

    @Test
    @DisplayName("L-CATALOGUE: an agency's credit code needs its check character right, not only its alphabet")
    void creditCodeChecksum() {
        assertEquals(List.of("alwaysReviewed[0].agency"), fields(new CatalogueRules(ClassifierTest.ALL,
                BigDecimal.ONE, BigDecimal.ONE, List.of(new CatalogueRules.AlwaysReviewed("11130100MB12345672", "PENALTY")))));
        assertTrue(fields(new CatalogueRules(ClassifierTest.ALL, BigDecimal.ONE, BigDecimal.ONE,
                List.of(new CatalogueRules.AlwaysReviewed("11130100MB12345671", "PENALTY")))).isEmpty());
    }

    @Test
    @DisplayName("L-CATALOGUE: both thresholds are required, whether or not their criterion is in force")
    void thresholdsRequired() {
        assertEquals(List.of("fineThreshold", "confiscationThreshold"), fields(new CatalogueRules(
                ClassifierTest.ALL, null, null, List.of())));
    }

    @Test
    @DisplayName("L-CATALOGUE, L-GATE: an empty catalogue (no criterion, nothing ever major) is refused")
    void emptyCatalogueRefused() {
        assertEquals(List.of("criteria", "fineThreshold", "confiscationThreshold"),
                fields(new CatalogueRules(List.of(), null, null, List.of())));
        assertEquals(List.of("criteria[0]", "criteria"), fields(new CatalogueRules(java.util.Arrays.asList((String) null),
                BigDecimal.ONE, BigDecimal.ONE, List.of())));
    }

    @Test
    @DisplayName("L-CATALOGUE, L-GATE: every catalogue keeps the criteria of seed 003 §12(2); one without them is refused naming the missing")
    void statutoryCriteriaRequired() {
        List<Problem.FieldError> finesOnly = CatalogueValidation.errors(new CatalogueRules(List.of("FINE_ABOVE_THRESHOLD"),
                BigDecimal.ONE, BigDecimal.ONE, List.of()));
        assertEquals(List.of("criteria"), finesOnly.stream().map(Problem.FieldError::field).toList());
        for (String code : List.of("AFTER_HEARING", "COMPLEX_CASE", "MAJOR_PUBLIC_INTEREST", "MAJOR_RIGHTS", "MAJOR_SOCIAL_IMPACT")) {
            assertTrue(finesOnly.get(0).message().contains(code), finesOnly.get(0).message());
        }
        List<String> withoutHearing = ClassifierTest.ALL.stream().filter(c -> !c.equals("AFTER_HEARING")).toList();
        List<Problem.FieldError> errors = CatalogueValidation.errors(new CatalogueRules(withoutHearing, BigDecimal.ONE,
                BigDecimal.ONE, List.of()));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).message().endsWith("missing AFTER_HEARING"), errors.get(0).message());
        assertTrue(fields(new CatalogueRules(List.of("AFTER_HEARING", "MAJOR_PUBLIC_INTEREST", "MAJOR_SOCIAL_IMPACT",
                "MAJOR_RIGHTS", "COMPLEX_CASE"), BigDecimal.ONE, BigDecimal.ONE, List.of())).isEmpty());
    }

    @Test
    @DisplayName("L-CATALOGUE: a threshold is an amount in yuan: at most 12 digits before the point and 2 after")
    void thresholdBounds() {
        assertEquals(List.of("fineThreshold", "confiscationThreshold"), fields(new CatalogueRules(ClassifierTest.ALL,
                new BigDecimal("1e999999"), new BigDecimal("0.001"), List.of())));
        assertTrue(fields(new CatalogueRules(ClassifierTest.ALL, new BigDecimal("999999999999.99"),
                new BigDecimal("50000.10"), List.of())).isEmpty());
    }
}
