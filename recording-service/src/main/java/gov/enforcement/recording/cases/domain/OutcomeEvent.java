package gov.enforcement.recording.cases.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** How a case ends other than by the general procedure's decision: on the spot, withdrawn, or changed later. */
public sealed interface OutcomeEvent extends CaseEvent {

    /** Penalties an on-the-spot decision may impose (Penalty Law art 51). */
    enum OnTheSpotPenalty { WARNING, FINE }

    /**
     * P-SIMPLE 当场处罚决定: facts certain, a warning or a small fine, decided by the officers on the spot with a
     * numbered decision document handed over at once.
     */
    record OnTheSpotDecisionMade(String documentNumber, List<OnTheSpotPenalty> penalties, BigDecimal fineAmount,
                                 String facts, String legalBasis, List<String> certificates, String place,
                                 OffsetDateTime decidedAt) implements OutcomeEvent {
    }

    /** P-SIMPLE 备案: the on-the-spot decision filed with the agency afterwards. */
    record OnTheSpotDecisionFiled(String filedWith, OffsetDateTime filedAt) implements OutcomeEvent {
    }

    /** P-OUTCOME 撤销立案: the case withdrawn, with the head's approval (P-APPROVE). */
    record CaseWithdrawn(String reason, Approval approval, OffsetDateTime withdrawnAt) implements OutcomeEvent {
    }

    /** P-REDECIDE 变更: the decision was changed; the case takes a new draft, review and decision. */
    record DecisionChanged(String reason, String authority, LocalDate effectiveOn) implements OutcomeEvent {
    }
}
