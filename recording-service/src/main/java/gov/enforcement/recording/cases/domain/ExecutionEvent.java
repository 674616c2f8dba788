package gov.enforcement.recording.cases.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * P-EXECUTE: how a fine is paid or enforced (Penalty Law art 66–73). Payment goes through the bank, never to the
 * officers (罚缴分离): the record holds the notice and the bank's confirmation.
 */
public sealed interface ExecutionEvent extends CaseEvent {

    /** The payment notice: how much, by when, to which bank account. */
    record PaymentNoticeIssued(BigDecimal amount, LocalDate payableBy, String bank, String account,
                               OffsetDateTime issuedAt) implements ExecutionEvent {
    }

    /** The bank's confirmation of a payment. */
    record PaymentReceived(BigDecimal amount, String bank, String bankReference, OffsetDateTime paidAt)
            implements ExecutionEvent {
    }

    /** How payment was eased on the party's request. */
    enum PaymentArrangement { DEFERRAL, INSTALMENTS }

    /** Deferral or instalments, with approval (art 66). */
    record PaymentDeferred(PaymentArrangement arrangement, Integer instalments, LocalDate payableBy,
                           Approval approval) implements ExecutionEvent {
    }

    /** 加处罚款 (art 72): 3% of the fine a day overdue, never more than the fine; computed by the server. */
    record LatePaymentSurchargeAssessed(int daysOverdue, BigDecimal amount, LocalDate assessedOn)
            implements ExecutionEvent {
    }

    /** 申请人民法院强制执行: the party neither paid nor sought a remedy. */
    record CourtEnforcementApplied(String court, LocalDate appliedOn) implements ExecutionEvent {
    }

    /** What the court's enforcement came to. */
    enum CourtOutcome { ENFORCED, REFUSED, TERMINATED }

    /** The court's enforcement ended. */
    record CourtEnforcementConcluded(CourtOutcome outcome, BigDecimal amountEnforced, LocalDate concludedOn)
            implements ExecutionEvent {
    }

    /** Execution ended without full payment, for a recorded reason, with approval (art 73 and practice). */
    record ExecutionTerminated(String reason, LocalDate terminatedOn, Approval approval) implements ExecutionEvent {
    }
}
