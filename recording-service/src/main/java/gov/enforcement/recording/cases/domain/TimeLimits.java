package gov.enforcement.recording.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * P-TIME and R-ANALYSE: the time limits a case runs under, as its events have left them — when each is due, when it
 * was met, and whether it is overdue on {@code today}. Pure: the read and the weak-links analysis ask the same thing.
 */
public final class TimeLimits {

    /** P-LICENSE: the certificate is issued within 10 days of the decision (Administrative Licensing Law art 44). */
    static final int CERTIFICATE_DAYS = 10;

    /** One limit of one case. {@code metOn} is null while it runs. */
    public record Status(String limit, LocalDate due, LocalDate metOn, boolean overdue) {
    }

    private TimeLimits() {
    }

    public static List<Status> of(CaseState state, LocalDate today) {
        List<Status> limits = new ArrayList<>();
        if (!state.exists()) {
            return limits;
        }
        Progress progress = state.progress();
        boolean ended = state.status() == CaseStatus.TRANSFERRED || progress.decided() != null
                && progress.decided().kind() == Progress.Decided.Kind.WITHDRAWN;
        boolean onTheSpot = state.procedure() == Procedure.SIMPLIFIED_PENALTY;
        if (progress.decisionDue() != null && !onTheSpot && !ended) {
            LocalDate metOn = state.issued() != null ? state.issued().decidedOn() : null;
            boolean late = metOn == null ? today.isAfter(progress.decisionDue()) : metOn.isAfter(progress.decisionDue());
            limits.add(new Status("DECISION", progress.decisionDue(), metOn, late));
        }
        if (progress.sealing().active()) {
            limits.add(new Status("SEALING", progress.sealing().until(), null, today.isAfter(progress.sealing().until())));
        }
        Progress.Licence licence = progress.licence();
        if (Boolean.TRUE.equals(licence.granted()) && state.issued() != null) {
            LocalDate due = state.issued().decidedOn().plusDays(CERTIFICATE_DAYS);
            LocalDate metOn = licence.certificateIssuedOn();
            limits.add(new Status("LICENCE_CERTIFICATE", due, metOn, metOn == null ? today.isAfter(due) : metOn.isAfter(due)));
        }
        return List.copyOf(limits);
    }
}
