package gov.enforcement.review.deadlines;

import java.time.LocalDate;

/** A review's last day, and the calendar versions it was computed with (so a later calendar change is visible). */
public record Deadline(LocalDate dueOn, String calendarVersion) {
}
