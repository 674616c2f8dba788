package gov.enforcement.disclosure.obligations;

import gov.enforcement.platform.calendar.WorkingDayCalendar;

import java.time.LocalDate;

/** A due date counted in working days from the day after a start date, with the calendar data it used. */
public record Deadline(LocalDate start, int workingDays, LocalDate dueOn, String calendarVersion) {

    public static Deadline of(WorkingDayCalendar calendar, LocalDate start, int workingDays) {
        LocalDate due = calendar.addWorkingDays(start, workingDays);
        return new Deadline(start, workingDays, due, calendar.versionFor(start, due));
    }
}
