package gov.enforcement.platform.calendar;

/** Calendar data that cannot be trusted for deadlines; the whole year is refused. */
public class InvalidCalendarException extends RuntimeException {

    private final int year;

    public InvalidCalendarException(int year, String problem) {
        super("calendar " + year + ": " + problem);
        this.year = year;
    }

    public int year() {
        return year;
    }
}
