package gov.enforcement.recording.cases.domain;

import gov.enforcement.recording.cases.domain.CaseEvent.DecisionDrafted;
import gov.enforcement.recording.cases.domain.CaseEvent.DecisionOutcome;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * P-MASTER: a draft's penalty kinds (Penalty Law art 9) agree with what it imposes, so that legal review, which
 * classifies by the amounts and flags, and statistics, which count by kind, read the same decision. Drafts that
 * name no kinds (recorded before kinds were kept, or from clients that do not send them) are not checked.
 */
final class PenaltyKinds {

    private PenaltyKinds() {
    }

    /** The kinds in the article's order, or null when the draft names none; refuses kinds that contradict the draft. */
    static List<PenaltyKind> checked(DecisionDrafted draft) {
        if (draft.penaltyKinds() == null) {
            return null;
        }
        Set<PenaltyKind> kinds = draft.penaltyKinds().isEmpty() ? EnumSet.noneOf(PenaltyKind.class)
                : EnumSet.copyOf(draft.penaltyKinds());
        if (draft.outcomeOrDefault() == DecisionOutcome.NO_PENALTY) {
            if (!kinds.isEmpty()) {
                throw RuleViolation.of("P-OUTCOME", "penaltyKinds", "a NO_PENALTY decision imposes no penalty kind");
            }
            return List.of();
        }
        if (kinds.isEmpty()) {
            throw RuleViolation.of("P-MASTER", "penaltyKinds", "a penalty decision imposes at least one kind of art 9");
        }
        agree(kinds.contains(PenaltyKind.FINE), positive(draft.fineAmount()), "fineAmount",
                "a FINE needs its fineAmount, and a fineAmount needs the FINE kind");
        if (kinds.contains(PenaltyKind.CONFISCATE_ILLEGAL_GAINS) && !positive(draft.confiscationAmount())) {
            throw RuleViolation.of("P-MASTER", "confiscationAmount", "CONFISCATE_ILLEGAL_GAINS needs the amount confiscated");
        }
        boolean confiscates = kinds.contains(PenaltyKind.CONFISCATE_ILLEGAL_GAINS)
                || kinds.contains(PenaltyKind.CONFISCATE_ILLEGAL_PROPERTY);
        if (positive(draft.confiscationAmount()) && !confiscates) {
            throw RuleViolation.of("P-MASTER", "penaltyKinds", "a confiscationAmount needs CONFISCATE_ILLEGAL_GAINS"
                    + " or CONFISCATE_ILLEGAL_PROPERTY");
        }
        agree(kinds.contains(PenaltyKind.REVOKE_LICENCE), draft.licenceRevoked(), "licenceRevoked",
                "REVOKE_LICENCE and licenceRevoked say the same thing");
        agree(kinds.contains(PenaltyKind.ORDER_SUSPENSION) || kinds.contains(PenaltyKind.ORDER_CLOSURE),
                draft.businessClosed(), "businessClosed", "ORDER_SUSPENSION or ORDER_CLOSURE and businessClosed say the same thing");
        return List.copyOf(kinds);
    }

    private static void agree(boolean named, boolean imposed, String field, String detail) {
        if (named != imposed) {
            throw RuleViolation.of("P-MASTER", named ? field : "penaltyKinds", detail);
        }
    }

    private static boolean positive(BigDecimal amount) {
        return amount != null && amount.signum() > 0;
    }
}
