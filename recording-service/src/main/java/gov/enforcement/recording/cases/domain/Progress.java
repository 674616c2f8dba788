package gov.enforcement.recording.cases.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a case stands in its procedure beyond the general path (DOMAIN.md §7): which procedure, the running time
 * limit, what was decided, the party's defence and the execution of a fine, and the decisions that came before a
 * re-decision (P-REDECIDE), which stay in the record.
 */
public record Progress(Procedure procedure, MatterProfile profile, LocalDate decisionDue, Decided decided, Defence defence,
                       Execution execution, List<CaseState.Issued> earlierDecisions, Licence licence, Sealing sealing) {

    /** P-LICENSE: the application's handling and the licence it led to. */
    public record Licence(LicensingEvent.Acceptance acceptance, boolean correctionRequested, boolean correctionPending,
                          Boolean granted, String number, LocalDate validTo, LocalDate certificateIssuedOn,
                          LicensingEvent.LicenceChange lastChange) {

        static final Licence NONE = new Licence(null, false, false, null, null, null, null, null);

        public boolean certificateIssued() {
            return certificateIssuedOn != null;
        }

        /** Whether the licence is in force: granted, and not revoked or cancelled since. */
        public boolean inForce() {
            return Boolean.TRUE.equals(granted) && lastChange != LicensingEvent.LicenceChange.REVOKED
                    && lastChange != LicensingEvent.LicenceChange.CANCELLED;
        }
    }

    /**
     * P-COERCE: property under sealing or seizure until {@code until} (null when none is), whether it was extended,
     * and the date a demand to comply ran to (null when none was made).
     */
    public record Sealing(LocalDate from, LocalDate until, boolean extended, LocalDate complyBy) {

        static final Sealing NONE = new Sealing(null, null, false, null);

        public boolean active() {
            return until != null;
        }
    }

    /** What the current decision decides; {@code fine} is null where it imposes none. */
    public record Decided(Kind kind, BigDecimal fine, boolean filed) {

        public enum Kind { PENALTY, NO_PENALTY, ON_THE_SPOT, WITHDRAWN, NOT_ACCEPTED, LICENCE_GRANTED, LICENCE_REFUSED, INSPECTED }
    }

    /** P-DEFENCE and P-HEARING: when rights were notified, whether a statement awaits its re-check. */
    public record Defence(OffsetDateTime rightsNotifiedAt, boolean statementAwaitsReCheck, boolean hearingNotified) {

        static final Defence NONE = new Defence(null, false, false);
    }

    /** P-EXECUTE: the fine, what was paid, the surcharge, and whether a court or an ending is recorded. */
    public record Execution(BigDecimal fine, BigDecimal paid, BigDecimal surcharge, LocalDate payableBy,
                            boolean courtPending, boolean ended) {

        static final Execution NONE = new Execution(null, BigDecimal.ZERO, BigDecimal.ZERO, null, false, false);

        /** What is still to be paid: the fine and surcharge less what the bank confirmed. */
        public BigDecimal outstanding() {
            BigDecimal owed = (fine == null ? BigDecimal.ZERO : fine).add(surcharge);
            return owed.subtract(paid).max(BigDecimal.ZERO);
        }
    }

    static Progress start(Procedure procedure, MatterProfile profile, LocalDate decisionDue) {
        return new Progress(procedure, profile, decisionDue, null, Defence.NONE, Execution.NONE, List.of(), Licence.NONE, Sealing.NONE);
    }

    @JsonIgnore
    boolean isOnTheSpot() {
        return decided != null && decided.kind() == Decided.Kind.ON_THE_SPOT;
    }

    Progress withDecisionDue(LocalDate due) {
        return new Progress(procedure, profile, due, decided, defence, execution, earlierDecisions, licence, sealing);
    }

    Progress withDecided(Decided now) {
        Execution owed = now.fine() == null ? Execution.NONE
                : new Execution(now.fine(), BigDecimal.ZERO, BigDecimal.ZERO, null, false, false);
        return new Progress(procedure, profile, decisionDue, now, defence, owed, earlierDecisions, licence, sealing);
    }

    /** P-SIMPLE: the on-the-spot decision is filed with the agency. */
    Progress filed() {
        return new Progress(procedure, profile, decisionDue, new Decided(decided.kind(), decided.fine(), true), defence, execution,
                earlierDecisions, licence, sealing);
    }

    Progress withLicence(Licence now) {
        return new Progress(procedure, profile, decisionDue, decided, defence, execution, earlierDecisions, now, sealing);
    }

    Progress withSealing(Sealing now) {
        return new Progress(procedure, profile, decisionDue, decided, defence, execution, earlierDecisions, licence, now);
    }

    Progress withDefence(Defence now) {
        return new Progress(procedure, profile, decisionDue, decided, now, execution, earlierDecisions, licence, sealing);
    }

    Progress withExecution(Execution now) {
        return new Progress(procedure, profile, decisionDue, decided, defence, now, earlierDecisions, licence, sealing);
    }

    /** P-REDECIDE: the decision in force becomes an earlier one; the case is to be decided again. */
    Progress redeciding(CaseState.Issued earlier) {
        List<CaseState.Issued> all = new ArrayList<>(earlierDecisions);
        if (earlier != null) {
            all.add(earlier);
        }
        return new Progress(procedure, profile, decisionDue, null, defence, Execution.NONE, List.copyOf(all), licence, sealing);
    }
}
