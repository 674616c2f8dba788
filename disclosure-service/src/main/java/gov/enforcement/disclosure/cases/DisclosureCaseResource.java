package gov.enforcement.disclosure.cases;

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

/** {@code /api/v1/disclosures/cases/{caseId}}: the case as disclosure has recorded it (internal, not public). */
@Path("/api/v1/disclosures/cases")
@Produces(MediaType.APPLICATION_JSON)
public class DisclosureCaseResource {

    private final Pool pool;
    private final CurrentCaller caller;

    public DisclosureCaseResource(Pool pool, CurrentCaller caller) {
        this.pool = pool;
        this.caller = caller;
    }

    @GET
    @Path("/{caseId}")
    @RolesAllowed({Roles.DISCLOSURE_CLERK, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "A case as disclosure knows it from enforcement.case-events")
    public Uni<DisclosureCase> get(@PathParam("caseId") UUID caseId) {
        Caller reader = caller.get();
        return pool.preparedQuery("select * from disclosure_cases where case_id = $1").execute(Tuple.of(caseId))
                .map(rows -> {
                    if (rows.rowCount() == 0) {
                        throw Problems.notFound("case " + caseId);
                    }
                    DisclosureCase found = toCase(rows.iterator().next());
                    reader.requireAgency(found.agency());
                    return found;
                });
    }

    private static DisclosureCase toCase(Row row) {
        return new DisclosureCase(row.getUUID("case_id"), row.getString("agency"), row.getString("case_number"),
                row.getString("category"), row.getOffsetDateTime("registered_at"), row.getLong("case_version"));
    }
}
