package gov.enforcement.audit.leaf;


import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The bytes a leaf hashes: the RFC 8785 canonical JSON of a case event or an access record, built from
 * the stored row alone so that anyone holding the row can recompute it. Times are UTC with exactly six
 * fractional digits (PostgreSQL keeps microseconds); ids are lowercase UUIDs.
 */
public final class Leaves {

    public static final String CASE_EVENT = "case-event";
    public static final String ACCESS = "access";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    private Leaves() {
    }

    /** {@code {"kind":"case-event","caseId","version","eventId","type","recordedAt","data"}}. */
    public static byte[] caseEvent(UUID caseId, long version, UUID eventId, String type, OffsetDateTime recordedAt,
                                   String dataJson) {
        // members in RFC 8785 order, written directly: this runs once per leaf when the whole log is verified
        return new CanonicalWriter(dataJson.length() + 256).beginObject()
                .member("caseId").string(caseId.toString())
                .member("data").json(dataJson)
                .member("eventId").string(eventId.toString())
                .member("kind").string(CASE_EVENT)
                .member("recordedAt").string(time(recordedAt))
                .member("type").string(type)
                .member("version").number(version)
                .endObject().toBytes();
    }

    /** {@code {"kind":"access","accessId","caseId","actor","agency","roles","purpose","what","at"}}, from the stored columns ({@code roles} is the stored comma-separated text). */
    public static byte[] access(UUID accessId, UUID caseId, String actor, String agency, String roles, String purpose,
                                String what, OffsetDateTime at) {
        return new CanonicalWriter(256).beginObject()
                .member("accessId").string(accessId.toString())
                .member("actor").string(actor)
                .member("agency").string(agency)
                .member("at").string(time(at))
                .member("caseId").string(caseId.toString())
                .member("kind").string(ACCESS)
                .member("purpose").string(purpose)
                .member("roles").string(roles)
                .member("what").string(what)
                .endObject().toBytes();
    }

    /** {@code 2026-11-21T08:00:00.123456Z}: UTC, always six fractional digits. */
    public static String time(OffsetDateTime time) {
        LocalDateTime utc = time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        if (utc.getYear() < 1000 || utc.getYear() > 9999) {
            return TIME.format(utc);
        }
        char[] text = new char[27];
        digits(text, 0, utc.getYear(), 4);
        text[4] = '-';
        digits(text, 5, utc.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, utc.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, utc.getHour(), 2);
        text[13] = ':';
        digits(text, 14, utc.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, utc.getSecond(), 2);
        text[19] = '.';
        digits(text, 20, utc.getNano() / 1000, 6);
        text[26] = 'Z';
        return new String(text);
    }

    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
