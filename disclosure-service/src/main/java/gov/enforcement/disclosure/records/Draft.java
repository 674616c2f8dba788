package gov.enforcement.disclosure.records;

import java.math.BigDecimal;
import java.util.List;

/**
 * The data a decision's record is built from (raw): a DecisionDrafted, or an on-the-spot decision's own data
 * (P-SIMPLE), whose {@code penalties} name the kinds imposed. {@code outcome} is null in drafts recorded before
 * outcomes were named, which are penalties (P-OUTCOME).
 */
public record Draft(String decisionType, String facts, String legalBasis, BigDecimal fineAmount,
                    BigDecimal confiscationAmount, boolean licenceRevoked, boolean businessClosed, String outcome,
                    String noPenaltyGround, List<String> penalties) {

    public Draft {
        penalties = penalties == null ? List.of() : List.copyOf(penalties);
    }

    /** A penalty draft as drafts were before outcomes and penalty kinds were named. */
    public Draft(String decisionType, String facts, String legalBasis, BigDecimal fineAmount,
                 BigDecimal confiscationAmount, boolean licenceRevoked, boolean businessClosed) {
        this(decisionType, facts, legalBasis, fineAmount, confiscationAmount, licenceRevoked, businessClosed, null, null,
                List.of());
    }

    public static Draft empty() {
        return new Draft("", "", "", null, null, false, false);
    }

    public boolean isNoPenalty() {
        return "NO_PENALTY".equals(outcome);
    }

    /**
     * D-PERIOD: a warning or 通报批评 alone is published but not kept as credit information. Named kinds say so
     * exactly; a general draft imposes one when it has no amount, revocation or closure and its type names it.
     */
    public boolean warningOnly() {
        if (!penalties.isEmpty()) {
            return penalties.stream().allMatch(p -> p.equals("WARNING") || p.equals("CRITICISM"));
        }
        boolean nothingElse = !positive(fineAmount) && !positive(confiscationAmount) && !licenceRevoked && !businessClosed;
        return nothingElse && decisionType != null && (decisionType.contains("警告") || decisionType.contains("通报批评"));
    }

    static boolean positive(BigDecimal amount) {
        return amount != null && amount.signum() > 0;
    }
}
