package gov.enforcement.recording.casefile;

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

import java.util.List;
import java.util.UUID;

/** {@code /api/v1/cases/{id}/record}: the case file (R-ACCESS); every read is itself recorded in the audit log. */
@Path("/api/v1/cases/{caseId}/record")
@Produces(MediaType.APPLICATION_JSON)
public class CaseFileResource {

    private final CaseFileReader reader;
    private final CurrentCaller caller;

    public CaseFileResource(CaseFileReader reader, CurrentCaller caller) {
        this.reader = reader;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.REVIEWER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The full case file in order; the read is recorded (who, when, what, why) in the audit log")
    public Uni<List<CaseFileEntry>> caseFile(@PathParam("caseId") UUID caseId, @QueryParam("purpose") String purpose) {
        return reader.caseFile(caseId, caller.get(), purpose);
    }
}
