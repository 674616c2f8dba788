package gov.enforcement.disclosure.statistics;

import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.Caller;
import gov.enforcement.platform.security.CurrentCaller;
import gov.enforcement.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;

/** D-STATS: an agency's yearly enforcement figures, computed from the decisions disclosure learned of by events. */
@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    private final StatisticsQuery query;
    private final CurrentCaller caller;

    public StatisticsResource(StatisticsQuery query, CurrentCaller caller) {
        this.query = query;
        this.caller = caller;
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({Roles.DISCLOSURE_CLERK, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "D-STATS: the year's figures for the caller's agency (auditors: ?agency=), at any time")
    public Uni<Map<String, Object>> internal(@PathParam("year") int year, @QueryParam("agency") String agency) {
        Caller who = caller.get();
        String scope = who.seesAllAgencies() ? (agency != null ? agency : who.agency()) : who.requireOwnAgency();
        return query.figures(year(year), scope);
    }

    static int year(int year) {
        if (year < 2000 || year > 2100) {
            throw Problems.invalidField("year", "must be 2000 to 2100");
        }
        return year;
    }
}
