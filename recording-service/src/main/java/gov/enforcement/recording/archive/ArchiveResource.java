package gov.enforcement.recording.archive;

import gov.enforcement.audit.archive.CaseArchive;
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

import java.util.UUID;

/** {@code /api/v1/cases/{id}/archive}: R-ARCHIVE, the verifiable package of an archived case. */
@Path("/api/v1/cases/{caseId}/archive")
@Produces(MediaType.APPLICATION_JSON)
public class ArchiveResource {

    private final ArchiveExporter exporter;
    private final CurrentCaller caller;

    public ArchiveResource(ArchiveExporter exporter, CurrentCaller caller) {
        this.exporter = exporter;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Export an archived case as a self-contained package: events with their inclusion proofs,"
            + " the signed checkpoint, the public keys and the evidence hashes; check it offline with archive-verifier")
    public Uni<CaseArchive> export(@PathParam("caseId") UUID caseId, @QueryParam("purpose") String purpose) {
        return exporter.export(caseId, caller.get(), purpose);
    }
}
