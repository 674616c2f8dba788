package gov.enforcement.recording.cases.domain;

import java.time.OffsetDateTime;

/**
 * P-APPROVE: the agency head's approval of a step that needs it — who approved (their subject and position), their
 * signature (the reference of the signed approval form, or the e-signature's value) and when.
 */
public record Approval(String approver, String position, String signature, OffsetDateTime approvedAt) {
}
