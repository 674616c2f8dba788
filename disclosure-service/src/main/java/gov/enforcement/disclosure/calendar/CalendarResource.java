package gov.enforcement.disclosure.calendar;

import gov.enforcement.platform.calendar.CalendarYear;
import gov.enforcement.platform.calendar.HolidayCnFormat;
import gov.enforcement.platform.calendar.InvalidCalendarException;
import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.CurrentCaller;
import gov.enforcement.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;
import java.util.TreeSet;

/** {@code /api/v1/calendar/{year}}: the working-day calendar data in holiday-cn JSON; the platform admin loads or overrides a year. */
@Path("/api/v1/calendar")
public class CalendarResource {

    /** The working-day definition of DOMAIN.md §3; it has no D-number there, so it is named here. */
    public static final String RULE = "D-CALENDAR";

    private final CalendarStore store;
    private final CurrentCaller caller;

    public CalendarResource(CalendarStore store, CurrentCaller caller) {
        this.store = store;
        this.caller = caller;
    }

    @GET
    @Path("/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ADMIN, Roles.AUDITOR, Roles.DISCLOSURE_CLERK})
    @Operation(summary = "The calendar year in force (holiday-cn JSON); headers name its version and source")
    public Uni<Response> get(@PathParam("year") int year) {
        return store.raw(year).map(found -> found.map(y -> Response.ok(y.body(), MediaType.APPLICATION_JSON)
                        .header("Calendar-Version", y.version()).header("Calendar-Source", y.source()).build())
                .orElseThrow(() -> Problems.notFound("calendar year " + year)));
    }

    @PUT
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Load or override a year (the platform admin: every agency counts its deadlines on it); an invalid date or a duplicate day refuses the whole year (422)")
    public Uni<Map<String, Object>> put(@PathParam("year") int year, byte[] body) {
        String admin = caller.get().subject();
        CalendarYear parsed;
        try {
            parsed = HolidayCnFormat.parse(body);
        } catch (InvalidCalendarException e) {
            throw Problems.ruleViolated(RULE, "days", e.getMessage() + "; nothing was stored");
        }
        if (parsed.year() != year) {
            throw Problems.ruleViolated(RULE, "year", "the body is for " + parsed.year() + ", the path for " + year);
        }
        return store.put(parsed, body, admin).map(v -> Map.of("year", year, "version", parsed.version(),
                "offDays", new TreeSet<>(parsed.offDays()).stream().map(Object::toString).toList(),
                "makeUpWorkingDays", new TreeSet<>(parsed.makeUpWorkingDays()).stream().map(Object::toString).toList()));
    }
}
