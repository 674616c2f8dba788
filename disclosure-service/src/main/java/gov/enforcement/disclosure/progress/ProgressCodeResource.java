package gov.enforcement.disclosure.progress;

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

import java.util.Map;
import java.util.UUID;

/** D-PROGRESS: the clerk reads the case's code to print it, with the QR code, on the party's documents. */
@Path("/api/v1/disclosures/cases/{caseId}/progress-code")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressCodeResource {

    private final Pool pool;
    private final CurrentCaller caller;

    public ProgressCodeResource(Pool pool, CurrentCaller caller) {
        this.pool = pool;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.DISCLOSURE_CLERK, Roles.ADMIN})
    @Operation(summary = "The case's progress code and the public addresses of its page and QR code")
    public Uni<Map<String, Object>> code(@PathParam("caseId") UUID caseId) {
        Caller who = caller.get();
        return pool.preparedQuery("select agency, progress_code from disclosure_cases where case_id = $1")
                .execute(Tuple.of(caseId)).map(rows -> {
                    if (rows.rowCount() == 0) {
                        throw Problems.notFound("case " + caseId);
                    }
                    Row row = rows.iterator().next();
                    who.requireAgency(row.getString("agency"));
                    String code = row.getString("progress_code");
                    return Map.of("code", code, "url", "/api/v1/public/progress/" + code,
                            "qr", "/api/v1/public/progress/" + code + "/qr.png");
                });
    }
}
