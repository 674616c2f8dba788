package gov.enforcement.review.catalogue;

import gov.enforcement.review.drafts.Draft;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** L-CATALOGUE: classifies a draft by one catalogue version; pure, so the same inputs always answer the same. */
public final class Classifier {

    private Classifier() {
    }

    /**
     * @param category the case's category from CaseRegistered; null when legal review never saw the registration
     * @param agency   the agency of the case
     */
    public static Classification classify(Draft draft, String category, String agency, Catalogue catalogue) {
        CatalogueRules rules = catalogue.rules();
        Set<Criterion> inForce = EnumSet.noneOf(Criterion.class);
        rules.criteria().forEach(code -> Criterion.find(code).ifPresent(inForce::add));
        Set<Criterion> matched = EnumSet.noneOf(Criterion.class);
        if (category != null && rules.alwaysReviewed().stream().anyMatch(entry -> category.equals(entry.category())
                && (entry.agency() == null || entry.agency().equals(agency)))) {
            matched.add(Criterion.CATEGORY_ALWAYS_REVIEWED);
        }
        if (inForce.contains(Criterion.FINE_ABOVE_THRESHOLD) && above(draft.fineAmount(), rules.fineThreshold())) {
            matched.add(Criterion.FINE_ABOVE_THRESHOLD);
        }
        if (inForce.contains(Criterion.CONFISCATION_ABOVE_THRESHOLD)
                && above(draft.confiscationAmount(), rules.confiscationThreshold())) {
            matched.add(Criterion.CONFISCATION_ABOVE_THRESHOLD);
        }
        when(inForce, matched, Criterion.LICENCE_REVOKED, draft.licenceRevoked());
        when(inForce, matched, Criterion.BUSINESS_CLOSED, draft.businessClosed());
        when(inForce, matched, Criterion.AFTER_HEARING, draft.afterHearing());
        when(inForce, matched, Criterion.NO_PENALTY_DECISION, draft.noPenalty());
        for (String flag : draft.declaredFlags()) {
            Criterion.find(flag).filter(Criterion::isDeclaredFlag)
                    .ifPresent(criterion -> when(inForce, matched, criterion, true));
        }
        return new Classification(!matched.isEmpty(), catalogue.version(), List.copyOf(matched));
    }

    private static boolean above(BigDecimal amount, BigDecimal threshold) {
        return amount != null && threshold != null && amount.compareTo(threshold) > 0;
    }

    private static void when(Set<Criterion> inForce, Set<Criterion> matched, Criterion criterion, boolean holds) {
        if (holds && inForce.contains(criterion)) {
            matched.add(criterion);
        }
    }
}
