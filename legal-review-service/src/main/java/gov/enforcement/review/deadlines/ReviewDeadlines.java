package gov.enforcement.review.deadlines;

import gov.enforcement.platform.calendar.WorkingDayCalendar;

import java.time.LocalDate;

/** L-TIME: review deadlines in working days, counted from the day after the review opened; pure. */
public final class ReviewDeadlines {

    private final WorkingDayCalendar calendar;
    private final int workingDays;
    private final int extensionWorkingDays;

    public ReviewDeadlines(WorkingDayCalendar calendar, int workingDays, int extensionWorkingDays) {
        if (workingDays < 1 || extensionWorkingDays < 1) {
            throw new IllegalArgumentException("review deadlines need at least one working day");
        }
        this.calendar = calendar;
        this.workingDays = workingDays;
        this.extensionWorkingDays = extensionWorkingDays;
    }

    public Deadline forReviewOpenedOn(LocalDate openedOn) {
        LocalDate due = calendar.addWorkingDays(openedOn, workingDays);
        return new Deadline(due, calendar.versionFor(openedOn, due));
    }

    /** The one extension: the same number of working days again, from the current last day. */
    public Deadline extend(LocalDate dueOn) {
        LocalDate due = calendar.addWorkingDays(dueOn, extensionWorkingDays);
        return new Deadline(due, calendar.versionFor(dueOn, due));
    }

    /** Working days left when the clock stops on {@code pausedOn}: those after it up to the last day. */
    public int remaining(LocalDate pausedOn, LocalDate dueOn) {
        return calendar.workingDaysBetween(pausedOn, dueOn);
    }

    /**
     * The clock runs again on {@code resumedOn} with the working days that were left, at least one: a review paused on
     * its last day gets that day back after the materials arrive.
     */
    public Deadline resume(LocalDate pausedOn, LocalDate dueOn, LocalDate resumedOn) {
        LocalDate due = calendar.addWorkingDays(resumedOn, Math.max(1, remaining(pausedOn, dueOn)));
        return new Deadline(due, calendar.versionFor(resumedOn, due));
    }

    /** Overdue from the day after the last day, while still undecided. */
    public static boolean isOverdue(LocalDate dueOn, LocalDate today) {
        return today.isAfter(dueOn);
    }
}
