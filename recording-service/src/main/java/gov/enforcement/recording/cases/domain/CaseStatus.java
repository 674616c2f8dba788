package gov.enforcement.recording.cases.domain;

/** Where a case stands in the lifecycle of DOMAIN.md §2; steps only move forward (X-SEQ). */
public enum CaseStatus {
    REGISTERED, INVESTIGATING, RIGHTS_NOTIFIED, HEARING, DECISION_DRAFTED, DECIDED, SERVED, EXECUTED, CLOSED,
    ARCHIVED, TRANSFERRED;

    public boolean isAtLeast(CaseStatus other) {
        return this != TRANSFERRED && other != TRANSFERRED && ordinal() >= other.ordinal();
    }
}
