package gov.enforcement.platform.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * One year's official notice: public holidays (off days) and make-up working days that fall on a weekend.
 * A notice may name days of the neighbouring years (the New Year holiday of 2019 began on 2018-12-31).
 * {@code version} identifies the data so that a computed deadline can say which it used.
 */
public record CalendarYear(int year, Set<LocalDate> offDays, Set<LocalDate> makeUpWorkingDays, String version) {

    public CalendarYear {
        offDays = Set.copyOf(offDays);
        makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
        for (LocalDate day : offDays) {
            requireInYear(year, day);
            if (makeUpWorkingDays.contains(day)) {
                throw new InvalidCalendarException(year, day + " is both a holiday and a make-up working day");
            }
        }
        makeUpWorkingDays.forEach(day -> requireInYear(year, day));
    }

    private static void requireInYear(int year, LocalDate day) {
        if (Math.abs(day.getYear() - year) > 1) {
            throw new InvalidCalendarException(year, day + " is too far from " + year);
        }
    }
}
