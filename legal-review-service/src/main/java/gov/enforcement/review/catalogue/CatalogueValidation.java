package gov.enforcement.review.catalogue;

import gov.enforcement.platform.identity.CreditCode;
import gov.enforcement.platform.problem.Problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** L-CATALOGUE: a catalogue is accepted whole or refused whole, naming every field that is wrong. */
public final class CatalogueValidation {

    /** Yuan with fen: at most 12 digits before the point and 2 after, like the amounts on a decision. */
    static final int MAX_INTEGER_DIGITS = 12;
    static final int MAX_SCALE = 2;

    /** The case categories of DOMAIN.md §1, as CaseRegistered carries them. */
    static final Set<String> CATEGORIES = Set.of("LICENSING", "PENALTY", "COERCION", "INSPECTION", "LEVY", "OTHER");

    private CatalogueValidation() {
    }

    /** Every problem of the rules; empty when they may become the next version. */
    public static List<Problem.FieldError> errors(CatalogueRules rules) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (rules == null) {
            return List.of(new Problem.FieldError("body", "a catalogue is required"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rules.criteria().size(); i++) {
            String code = rules.criteria().get(i);
            if (code == null || Criterion.find(code).isEmpty()) {
                errors.add(new Problem.FieldError("criteria[" + i + "]", "unknown criterion " + code));
            } else if (!seen.add(code)) {
                errors.add(new Problem.FieldError("criteria[" + i + "]", code + " appears twice"));
            }
        }
        statutory(errors, seen);
        threshold(errors, "fineThreshold", rules.fineThreshold());
        threshold(errors, "confiscationThreshold", rules.confiscationThreshold());
        for (int i = 0; i < rules.alwaysReviewed().size(); i++) {
            CatalogueRules.AlwaysReviewed entry = rules.alwaysReviewed().get(i);
            if (entry == null || !CATEGORIES.contains(entry.category())) {
                errors.add(new Problem.FieldError("alwaysReviewed[" + i + "].category",
                        "must be one of " + CATEGORIES.stream().sorted().toList()));
            }
            if (entry != null && entry.agency() != null && !CreditCode.isValid(entry.agency())) {
                errors.add(new Problem.FieldError("alwaysReviewed[" + i + "].agency", "not a unified social credit code"));
            }
        }
        return errors;
    }

    /**
     * An empty list would make no draft major and switch L-GATE off without a word; one without a criterion of seed 003
     * §12(2) would do the same for those decisions (e.g. every decision made after a hearing).
     */
    private static void statutory(List<Problem.FieldError> errors, Set<String> listed) {
        List<String> missing = Criterion.STATUTORY.stream().map(Criterion::name).filter(code -> !listed.contains(code))
                .sorted().toList();
        if (!missing.isEmpty()) {
            errors.add(new Problem.FieldError("criteria", "must list the criteria of seed 003 §12(2), which every"
                    + " catalogue keeps; missing " + String.join(", ", missing)));
        }
    }

    /** Both thresholds are always given, so that a criterion put in force later never meets a missing amount. */
    private static void threshold(List<Problem.FieldError> errors, String field, BigDecimal value) {
        if (value == null) {
            errors.add(new Problem.FieldError(field, "is required"));
        } else if (value.signum() < 0) {
            errors.add(new Problem.FieldError(field, "must not be negative"));
        } else if (value.stripTrailingZeros().scale() > MAX_SCALE) {
            errors.add(new Problem.FieldError(field, "has more than " + MAX_SCALE + " decimal places"));
        } else if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            errors.add(new Problem.FieldError(field, "has more than " + MAX_INTEGER_DIGITS + " digits before the point"));
        }
    }
}
