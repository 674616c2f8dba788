package gov.enforcement.recording.analysis;

import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** {@code /api/v1/analytics/weak-links}: R-ANALYSE counts per agency and period, for auditors. */
@Path("/api/v1/analytics/weak-links")
@Produces(MediaType.APPLICATION_JSON)
public class WeakLinksResource {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final long MAX_DAYS = 366;

    private final WeakLinksQuery query;

    public WeakLinksResource(WeakLinksQuery query) {
        this.query = query;
    }

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Weak links per agency in a period (from/to inclusive dates, at most a year): missing AV,"
            + " refused out-of-order steps and other refusals by rule, review returns, overdue steps")
    public Uni<List<WeakLinks>> weakLinks(@QueryParam("from") String from, @QueryParam("to") String to,
                                          @QueryParam("agency") String agency) {
        LocalDate end = to == null ? LocalDate.now(CHINA) : date("to", to);
        LocalDate start = from == null ? end.withDayOfYear(1) : date("from", from);
        if (start.isAfter(end)) {
            throw Problems.invalidField("from", "must not be after to");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw Problems.invalidField("to", "a period is at most " + MAX_DAYS + " days");
        }
        return query.between(start.atStartOfDay(CHINA).toOffsetDateTime(),
                end.plusDays(1).atStartOfDay(CHINA).toOffsetDateTime(), agency);
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw Problems.invalidField(field, "must be a date like 2026-09-29");
        }
    }
}
