package gov.enforcement.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Working days (工作日): Monday to Friday, less public holidays, plus make-up working days on weekends.
 * Deadlines count from the day after the starting date, as DOMAIN.md says.
 */
public final class WorkingDayCalendar {

    private final Map<Integer, CalendarYear> years;

    public WorkingDayCalendar(Collection<CalendarYear> years) {
        this.years = new TreeMap<>(years.stream().collect(Collectors.toMap(CalendarYear::year, y -> y)));
    }

    public boolean isWorkingDay(LocalDate day) {
        requireLoaded(day);
        for (int notice = day.getYear() - 1; notice <= day.getYear() + 1; notice++) {
            CalendarYear year = years.get(notice);
            if (year != null && year.offDays().contains(day)) {
                return false;
            }
            if (year != null && year.makeUpWorkingDays().contains(day)) {
                return true;
            }
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /** The day on which {@code workingDays} working days after {@code start} have elapsed. */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + workingDays);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code start} up to and including {@code end} (0 when end is not after start). */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The versions of the years a computation touched, e.g. {@code 2026:ab12cd34}. */
    public String versionFor(LocalDate from, LocalDate to) {
        return years.values().stream()
                .filter(y -> y.year() >= from.getYear() && y.year() <= to.getYear())
                .map(y -> y.year() + ":" + y.version())
                .collect(Collectors.joining(","));
    }

    public WorkingDayCalendar with(CalendarYear replacement) {
        Map<Integer, CalendarYear> copy = new TreeMap<>(years);
        copy.put(replacement.year(), replacement);
        return new WorkingDayCalendar(copy.values());
    }

    public Collection<CalendarYear> years() {
        return years.values();
    }

    private void requireLoaded(LocalDate day) {
        if (!years.containsKey(day.getYear())) {
            throw new MissingCalendarYearException(day.getYear());
        }
    }
}
