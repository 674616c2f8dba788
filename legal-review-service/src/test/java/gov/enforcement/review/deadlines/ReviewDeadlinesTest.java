package gov.enforcement.review.deadlines;

import gov.enforcement.platform.calendar.HolidayCnFormat;
import gov.enforcement.platform.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewDeadlinesTest {

    private final ReviewDeadlines deadlines = new ReviewDeadlines(new WorkingDayCalendar(HolidayCnFormat.shipped()), 5, 5);

    @Test
    @DisplayName("L-TIME: a review opened on 2026-09-29 is due 2026-10-12 — National Day off 10-01..07, Saturday 10-10 a make-up working day")
    void nationalDay2026() {
        // 09-30 (1), 10-08 (2), 10-09 (3), Saturday 10-10 (4, 调休上班), 10-12 (5)
        Deadline deadline = deadlines.forReviewOpenedOn(LocalDate.of(2026, 9, 29));
        assertEquals(LocalDate.of(2026, 10, 12), deadline.dueOn());
        assertTrue(deadline.calendarVersion().startsWith("2026:"), deadline.calendarVersion());
    }

    @Test
    @DisplayName("L-TIME: the one extension adds 5 more working days from the last day")
    void extension() {
        // after 10-12: 10-13, 10-14, 10-15, 10-16, 10-19
        assertEquals(LocalDate.of(2026, 10, 19), deadlines.extend(LocalDate.of(2026, 10, 12)).dueOn());
    }

    @Test
    @DisplayName("L-TIME: a deadline across the new year records both calendar years' versions")
    void acrossYears() {
        Deadline deadline = deadlines.forReviewOpenedOn(LocalDate.of(2026, 12, 29));
        assertTrue(deadline.calendarVersion().contains("2026:") && deadline.calendarVersion().contains("2027:"),
                deadline.calendarVersion());
    }

    @Test
    @DisplayName("L-TIME: overdue only from the day after the last day")
    void overdue() {
        LocalDate due = LocalDate.of(2026, 10, 12);
        assertFalse(ReviewDeadlines.isOverdue(due, due));
        assertTrue(ReviewDeadlines.isOverdue(due, due.plusDays(1)));
    }

    @Test
    @DisplayName("L-TIME: a pause for supplementary materials stops the clock; resubmission gives back the working days left")
    void pauseAndResume() {
        // due Friday 2026-11-20, paused Tuesday 11-17: Wednesday to Friday are left
        assertEquals(3, deadlines.remaining(LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 20)));
        // resumed Thursday 2026-09-24: three working days after it, across Mid-Autumn (Friday 09-25) and the weekend
        Deadline resumed = deadlines.resume(LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 20), LocalDate.of(2026, 9, 24));
        assertEquals(LocalDate.of(2026, 9, 30), resumed.dueOn());
        // paused on the last day: that day is given back, one working day
        assertEquals(LocalDate.of(2026, 11, 23), deadlines.resume(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 20)).dueOn());
    }
}
