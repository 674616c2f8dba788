package gov.enforcement.recording.cases.web;

import gov.enforcement.recording.cases.CaseImport;

import gov.enforcement.platform.security.CurrentCaller;
import gov.enforcement.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code POST /api/v1/cases/import}: many whole cases in one request and one transaction. */
@Path("/api/v1/cases/import")
@Produces(MediaType.APPLICATION_JSON)
public class CaseImportResource {

    private final CaseImport caseImport;
    private final CurrentCaller caller;

    public CaseImportResource(CaseImport caseImport, CurrentCaller caller) {
        this.caseImport = caseImport;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Import whole cases (registration and steps) of the caller's agency: at most "
            + CaseImport.MAX_CASES + " cases and " + CaseImport.MAX_EVENTS + " events, all recorded or none;"
            + " every rule applies as for single steps; Idempotency-Key makes a retry return the first answer")
    @APIResponse(responseCode = "201", description = "All recorded: each case in request order, and the events count",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportCasesRequest.Imported.class)))
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used for another request")
    @APIResponse(responseCode = "422", description = "A rule refuses a step (rule names it, at says which); nothing"
            + " was recorded")
    public Uni<Response> importCases(ImportCasesRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return caseImport.run(request, idempotencyKey, caller.get())
                .map(imported -> Response.status(Response.Status.CREATED).entity(imported).build());
    }
}
