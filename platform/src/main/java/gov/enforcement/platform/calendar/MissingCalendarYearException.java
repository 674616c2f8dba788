package gov.enforcement.platform.calendar;

/** A deadline reaches a year whose holidays are not loaded; guessing would risk a wrong legal deadline. */
public class MissingCalendarYearException extends RuntimeException {

    public MissingCalendarYearException(int year) {
        super("no working-day calendar is loaded for " + year);
    }
}
