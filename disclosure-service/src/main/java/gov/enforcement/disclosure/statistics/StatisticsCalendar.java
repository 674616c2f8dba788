package gov.enforcement.disclosure.statistics;

import java.time.LocalDate;

/** D-STATS: a year's figures are due internally by 5 January and published by 25 January of the next year. */
public final class StatisticsCalendar {

    private StatisticsCalendar() {
    }

    public static LocalDate internalDue(int year) {
        return LocalDate.of(year + 1, 1, 5);
    }

    public static LocalDate publicationDay(int year) {
        return LocalDate.of(year + 1, 1, 25);
    }

    /** The public sees a year's figures from its publication day on, never a year still running. */
    public static boolean isPublic(int year, LocalDate today) {
        return !today.isBefore(publicationDay(year));
    }
}
