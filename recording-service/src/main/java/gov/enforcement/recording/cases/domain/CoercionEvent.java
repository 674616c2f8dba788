package gov.enforcement.recording.cases.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** P-COERCE: sealing and seizure, and coercive execution after a demand (Administrative Coercion Law). */
public sealed interface CoercionEvent extends CaseEvent {

    enum SealingMeasure { SEALING, SEIZURE }

    /**
     * 查封、扣押 (art 24–25): the items on their list, by two officers (X-TWO), with approval, for at most 30 days.
     */
    record PropertySealed(SealingMeasure measure, List<String> items, List<String> certificates, LocalDate from,
                          LocalDate until, Approval approval) implements CoercionEvent {
    }

    /** Extended once, by at most 30 days, with approval (art 25). */
    record SealingExtended(LocalDate until, String reason, Approval approval) implements CoercionEvent {
    }

    /** How a sealing or seizure ends (art 27–28). */
    enum SealingEnd { RELEASED, CONFISCATED, DESTROYED, TRANSFERRED }

    record SealingEnded(SealingEnd ending, String reason, LocalDate endedOn) implements CoercionEvent {
    }

    /** 催告 (art 35): the party is told to comply, with at least 10 days to do so. */
    record ExecutionDemanded(String obligation, OffsetDateTime demandedAt, LocalDate complyBy)
            implements CoercionEvent {
    }

    enum ExecutedBy { AGENCY, SUBSTITUTE }

    /** Coercive execution after the demand lapsed, by the agency or by substitute (代履行, art 50). */
    record CoerciveExecutionCarriedOut(ExecutedBy by, String summary, OffsetDateTime carriedOutAt)
            implements CoercionEvent {
    }
}
