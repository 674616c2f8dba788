package gov.enforcement.recording.archive;

import gov.enforcement.platform.problem.Problem;
import gov.enforcement.platform.problem.Problems;
import gov.enforcement.recording.audit.NotYetLoggedException;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.UUID;

/** {@code /api/v1/cases/{id}/archive}: R-ARCHIVE, the verifiable package of an archived case. */
@Path("/api/v1/cases/{caseId}/archive")
@Produces(MediaType.APPLICATION_JSON)
public class ArchiveResource {

    private static final int RETRY_AFTER_SECONDS = 2;

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
    public Uni<Response> export(@PathParam("caseId") UUID caseId, @QueryParam("purpose") String purpose) {
        return exporter.export(caseId, caller.get(), purpose).map(archive -> Response.ok(archive).build())
                .onFailure(NotYetLoggedException.class).recoverWithItem(e -> notYetCheckpointed(caseId, e));
    }

    /** The package proves every event into one signed checkpoint: until one covers the last, 409 and Retry-After. */
    private static Response notYetCheckpointed(UUID caseId, Throwable e) {
        Problem problem = Problems.conflict("the case's latest events are not yet under a signed checkpoint; retry in "
                        + RETRY_AFTER_SECONDS + " seconds: " + e.getMessage())
                .with("retryAfterSeconds", RETRY_AFTER_SECONDS).toProblem("/api/v1/cases/" + caseId + "/archive");
        return Response.status(409).type(Problem.MEDIA_TYPE).header("Retry-After", RETRY_AFTER_SECONDS)
                .entity(problem).build();
    }
}
