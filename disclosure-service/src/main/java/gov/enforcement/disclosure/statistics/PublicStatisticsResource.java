package gov.enforcement.disclosure.statistics;

import gov.enforcement.disclosure.records.Today;
import gov.enforcement.platform.identity.CreditCode;
import gov.enforcement.platform.problem.ProblemException;
import gov.enforcement.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;

/** {@code /api/v1/public/statistics/{year}}: D-STATS figures for anyone, once published (25 January). */
@Path("/api/v1/public/statistics")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicStatisticsResource {

    private final StatisticsQuery query;
    private final Today today;

    public PublicStatisticsResource(StatisticsQuery query, Today today) {
        this.query = query;
        this.today = today;
    }

    @GET
    @Path("/{year}")
    @Operation(summary = "D-STATS: the published figures of a year, from 25 January of the next year")
    public Uni<Map<String, Object>> published(@PathParam("year") int year, @QueryParam("agency") String agency) {
        if (agency == null || !CreditCode.isValid(agency)) {
            throw Problems.invalidField("agency", "must be a valid unified social credit code");
        }
        if (!StatisticsCalendar.isPublic(StatisticsResource.year(year), today.date())) {
            throw new ProblemException(404, "not-published-yet", "Not published yet", "the figures of " + year
                    + " are published on " + StatisticsCalendar.publicationDay(year), "D-STATS", null);
        }
        return query.figures(year, agency);
    }

}
