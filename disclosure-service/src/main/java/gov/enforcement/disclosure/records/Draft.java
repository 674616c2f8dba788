package gov.enforcement.disclosure.records;

import java.math.BigDecimal;

/** The DecisionDrafted data a record is built from (raw). */
public record Draft(String decisionType, String facts, String legalBasis, BigDecimal fineAmount,
                    BigDecimal confiscationAmount, boolean licenceRevoked, boolean businessClosed) {

    public static Draft empty() {
        return new Draft("", "", "", null, null, false, false);
    }
}
