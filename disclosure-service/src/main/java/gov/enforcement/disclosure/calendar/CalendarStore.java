package gov.enforcement.disclosure.calendar;

import gov.enforcement.platform.calendar.CalendarYear;
import gov.enforcement.platform.calendar.HolidayCnFormat;
import gov.enforcement.platform.calendar.WorkingDayCalendar;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The working-day calendar: the shipped 2019–2027 years, each overridden by a year an admin loaded. Read from
 * the database on every use, so that every replica computes with the same data the moment it is loaded.
 */
@ApplicationScoped
public class CalendarStore {

    private static final List<CalendarYear> SHIPPED = HolidayCnFormat.shipped();

    private final Pool pool;

    public CalendarStore(Pool pool) {
        this.pool = pool;
    }

    /** The calendar as of now: shipped years with the uploaded ones in their place. */
    public Uni<WorkingDayCalendar> current(SqlClient client) {
        return client.query("select body from calendar_years").execute().map(rows -> {
            WorkingDayCalendar calendar = new WorkingDayCalendar(SHIPPED);
            for (Row row : rows) {
                calendar = calendar.with(HolidayCnFormat.parse(row.getBuffer("body").getBytes()));
            }
            return calendar;
        });
    }

    public Uni<WorkingDayCalendar> current() {
        return current(pool);
    }

    /** The holiday-cn JSON of a year as it is in force, and where it came from; empty when none is known. */
    public Uni<Optional<StoredYear>> raw(int year) {
        return pool.preparedQuery("select body, version from calendar_years where year = $1").execute(Tuple.of(year))
                .map(rows -> {
                    if (rows.rowCount() > 0) {
                        Row row = rows.iterator().next();
                        return Optional.of(new StoredYear(row.getBuffer("body").getBytes(), row.getString("version"), "uploaded"));
                    }
                    return shipped(year);
                });
    }

    /** Stores a year that {@link HolidayCnFormat#parse} accepted, replacing any earlier upload of it. */
    public Uni<Void> put(CalendarYear parsed, byte[] body, String uploadedBy) {
        return pool.preparedQuery("insert into calendar_years (year, body, version, uploaded_by) values ($1, $2, $3, $4)"
                        + " on conflict (year) do update set body = excluded.body, version = excluded.version,"
                        + " uploaded_by = excluded.uploaded_by, uploaded_at = now()")
                .execute(Tuple.of(parsed.year(), io.vertx.core.buffer.Buffer.buffer(body), parsed.version(), uploadedBy))
                .replaceWithVoid();
    }

    private static Optional<StoredYear> shipped(int year) {
        try (InputStream in = HolidayCnFormat.class.getClassLoader().getResourceAsStream("calendar/cn/" + year + ".json")) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] body = in.readAllBytes();
            return Optional.of(new StoredYear(body, HolidayCnFormat.parse(body).version(), "shipped"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A year's data as served: the JSON, its version and its source (shipped or uploaded). */
    public record StoredYear(byte[] body, String version, String source) {
    }
}
