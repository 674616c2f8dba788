package gov.enforcement.recording.cases.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The party's side of a case and its time limits: statement and defence, recusal, hearing, extensions. */
public sealed interface DefenceEvent extends CaseEvent {

    /** P-DEFENCE 陈述、申辩 (art 44–45): what the party said, or that they waived it. */
    record StatementAndDefenceRecorded(boolean waived, String statement, OffsetDateTime recordedAt)
            implements DefenceEvent {
    }

    /** P-DEFENCE 复核 (art 45): the statement re-checked; adopted or not, and why. */
    record DefenceReChecked(boolean adopted, String reasons, OffsetDateTime recheckedAt) implements DefenceEvent {
    }

    /** P-DEFENCE 回避 (art 43): a recusal request, decided by the agency head (P-APPROVE). */
    record RecusalDecided(String requestedBy, String officerCertificate, boolean granted, String reasons,
                          Approval approval) implements DefenceEvent {
    }

    /** P-HEARING: the hearing notified at least 7 days ahead, with its host, who did not investigate. */
    record HearingNotified(OffsetDateTime hearingAt, String place, boolean publicHearing, String hostCertificate,
                           OffsetDateTime notifiedAt) implements DefenceEvent {
    }

    /** Why a hearing does not take place after all: the case continues. */
    enum HearingWaiver { NOT_REQUESTED_IN_TIME, WITHDRAWN, NO_SHOW }

    /** P-HEARING: a requested hearing waived (withdrawal or no-show counts as waiver, art 64). */
    record HearingWaived(HearingWaiver reason, OffsetDateTime at) implements DefenceEvent {
    }

    /** The time limits a case can have extended. */
    enum TimeLimit { DECISION }

    /** P-TIME: a time limit extended by approval (art 60). */
    record TimeLimitExtended(TimeLimit limit, LocalDate extendedTo, String reason, Approval approval)
            implements DefenceEvent {
    }
}
