package gov.enforcement.review.cases;

import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.Caller;
import gov.enforcement.platform.security.CurrentCaller;
import gov.enforcement.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.UUID;

/** {@code /api/v1/reviews/cases/{caseId}}: the case as legal review has recorded it. */
@Path("/api/v1/reviews/cases")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewCaseResource {

    private final Pool pool;
    private final CurrentCaller caller;

    public ReviewCaseResource(Pool pool, CurrentCaller caller) {
        this.pool = pool;
        this.caller = caller;
    }

    @GET
    @Path("/{caseId}")
    @RolesAllowed({Roles.REVIEWER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "A case as legal review knows it from enforcement.case-events")
    public Uni<ReviewCase> get(@PathParam("caseId") UUID caseId) {
        Caller reader = caller.get();
        return pool.preparedQuery("select * from review_cases where case_id = $1").execute(Tuple.of(caseId))
                .map(rows -> {
                    if (rows.rowCount() == 0) {
                        throw Problems.notFound("case " + caseId);
                    }
                    ReviewCase found = toCase(rows.iterator().next());
                    reader.requireAgency(found.agency());
                    return found;
                });
    }

    private static ReviewCase toCase(Row row) {
        return new ReviewCase(row.getUUID("case_id"), row.getString("agency"), row.getString("case_number"),
                row.getString("category"), row.getString("matter"), row.getOffsetDateTime("registered_at"),
                row.getLong("case_version"));
    }
}
