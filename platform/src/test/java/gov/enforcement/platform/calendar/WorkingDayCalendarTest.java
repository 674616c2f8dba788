package gov.enforcement.platform.calendar;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(HolidayCnFormat.shipped());

    @Test
    @DisplayName("D-POST-7: a penalty decided on 2026-09-29 is due on 2026-10-14 across the National Day holiday")
    void sevenWorkingDaysAcrossNationalDay() {
        assertEquals(LocalDate.of(2026, 10, 14), calendar.addWorkingDays(LocalDate.of(2026, 9, 29), 7));
    }

    @Test
    @DisplayName("D-POST-20: a general decision decided on 2026-09-22 is due on 2026-10-27")
    void twentyWorkingDaysAcrossNationalDay() {
        assertEquals(LocalDate.of(2026, 10, 27), calendar.addWorkingDays(LocalDate.of(2026, 9, 22), 20));
    }

    @Test
    @DisplayName("working days: holidays are off, make-up weekend days are on, plain weekends are off")
    void holidaysAndMakeUpDays() {
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 1)), "National Day");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 2, 14)), "a Saturday worked before Spring Festival");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 11, 21)), "an ordinary Saturday");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 11, 23)), "an ordinary Monday");
    }

    @Test
    @DisplayName("a deadline counts from the day after the starting date")
    void countsFromTheNextDay() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        assertEquals(LocalDate.of(2026, 11, 24), calendar.addWorkingDays(monday, 1));
        assertEquals(monday, calendar.addWorkingDays(monday, 0));
        assertEquals(1, calendar.workingDaysBetween(monday, monday.plusDays(1)));
    }

    @Test
    @DisplayName("a deadline that reaches an unloaded year is refused rather than guessed")
    void missingYearIsRefused() {
        assertThrows(MissingCalendarYearException.class,
                () -> calendar.addWorkingDays(LocalDate.of(2027, 12, 20), 20));
    }

    @Test
    @DisplayName("a deadline records the calendar versions it used")
    void versionNamesTheYears() {
        String version = calendar.versionFor(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 8));
        assertTrue(version.startsWith("2026:") && version.contains(",2027:"), version);
    }

    @Test
    @DisplayName("a year with an invalid date or a duplicate day is refused whole")
    void invalidYearsAreRefused() {
        assertThrows(InvalidCalendarException.class, () -> HolidayCnFormat.parse(bytes(
                "{\"year\":2028,\"days\":[{\"date\":\"2028-02-30\",\"isOffDay\":true}]}")));
        assertThrows(InvalidCalendarException.class, () -> HolidayCnFormat.parse(bytes(
                "{\"year\":2028,\"days\":[{\"date\":\"2028-01-01\",\"isOffDay\":true},"
                        + "{\"date\":\"2028-01-01\",\"isOffDay\":false}]}")));
        assertThrows(InvalidCalendarException.class, () -> HolidayCnFormat.parse(bytes(
                "{\"year\":2028,\"days\":[{\"date\":\"2030-01-01\",\"isOffDay\":true}]}")));
        assertThrows(InvalidCalendarException.class, () -> HolidayCnFormat.parse(bytes("{\"days\":[]}")));
        assertThrows(InvalidCalendarException.class, () -> HolidayCnFormat.parse(bytes(
                "{\"year\":2028,\"days\":[]}}")), "text after the JSON value");
    }

    @Test
    @DisplayName("an operator's override of a year replaces it for later computations")
    void overrideReplacesAYear() {
        CalendarYear extraHoliday = new CalendarYear(2026, Set.of(LocalDate.of(2026, 11, 23)), Set.of(), "custom");
        WorkingDayCalendar overridden = calendar.with(extraHoliday);
        assertFalse(overridden.isWorkingDay(LocalDate.of(2026, 11, 23)));
        assertEquals(List.of(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027),
                overridden.years().stream().map(CalendarYear::year).toList());
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
