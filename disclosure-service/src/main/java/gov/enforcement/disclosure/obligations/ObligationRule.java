package gov.enforcement.disclosure.obligations;

import gov.enforcement.disclosure.records.DecisionKind;

import java.util.Optional;

/**
 * Which rule sets a decision's disclosure deadline: D-POST-7 for licensing and penalty decisions — a no-penalty
 * decision (不予行政处罚决定) included: it is made in the penalty procedure, although never shown as a penalty
 * (P-OUTCOME) — D-POST-20 for the others (an inspection result is decision information), D-POST-EXEMPT when the
 * matter is configured otherwise.
 */
public record ObligationRule(String rule, boolean publishable, Integer workingDays, String reason) {

    public static final String POST_7 = "D-POST-7";
    public static final String POST_20 = "D-POST-20";
    public static final String POST_EXEMPT = "D-POST-EXEMPT";

    /** Decides the rule for an issued decision of a case of {@code category}, as before kinds were named. */
    public static ObligationRule decide(String category, Optional<MatterPolicy> policy) {
        return decide(DecisionKind.ofCategory(category), policy);
    }

    /** Decides the rule for a decision of {@code kind} on a matter with an optional configured policy. */
    public static ObligationRule decide(DecisionKind kind, Optional<MatterPolicy> policy) {
        if (policy.isPresent()) {
            MatterPolicy p = policy.get();
            // the law that exempts a matter wins over the general deadlines, and its reason is kept
            return new ObligationRule(POST_EXEMPT, p.publishable(), p.publishable() ? p.deadlineDays() : null, p.reason());
        }
        if (kind == DecisionKind.LICENCE || kind == DecisionKind.PENALTY || kind == DecisionKind.NO_PENALTY) {
            return new ObligationRule(POST_7, true, 7, null);
        }
        return new ObligationRule(POST_20, true, 20, null);
    }
}
