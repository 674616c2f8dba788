package gov.enforcement.recording.audit;

import gov.enforcement.platform.problem.Problem;
import gov.enforcement.platform.problem.ProblemException;
import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.CurrentCaller;
import gov.enforcement.platform.security.Roles;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.UUID;
import java.util.regex.Pattern;

/** {@code /api/v1/audit}: tamper evidence (R-TAMPER, R-SIGN): checkpoints, keys and proofs for anyone; verification for auditors. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private final AuditProofs proofs;
    private final CheckpointStore checkpoints;
    private final SigningKeys keys;
    private final AuditVerifier verifier;
    private final AuditLeaves leaves;
    private final CurrentCaller caller;
    private final Pool pool;
    private final AuditConfig config;

    public AuditResource(AuditProofs proofs, CheckpointStore checkpoints, SigningKeys keys, AuditVerifier verifier,
                         AuditLeaves leaves, CurrentCaller caller, Pool pool, AuditConfig config) {
        this.proofs = proofs;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.verifier = verifier;
        this.leaves = leaves;
        this.caller = caller;
        this.pool = pool;
        this.config = config;
    }

    @GET
    @Path("/checkpoints/latest")
    @PermitAll
    @Operation(summary = "The latest signed checkpoint (c2sp.org/tlog-checkpoint): tree size, root hash, time, signature")
    public Uni<AuditViews.CheckpointView> latest() {
        return proofs.latestCheckpoint().map(AuditViews.CheckpointView::of);
    }

    @GET
    @Path("/checkpoints/{treeSize}")
    @PermitAll
    @Operation(summary = "The checkpoint signed for a tree of this size (the latest one, if it was re-signed)")
    public Uni<AuditViews.CheckpointView> ofSize(@PathParam("treeSize") String treeSize) {
        long size = number("treeSize", treeSize, 0);
        return checkpoints.ofSize(pool, size).map(found -> AuditViews.CheckpointView.of(found.orElseThrow(
                () -> Problems.notFound("a checkpoint of " + size + " leaves"))));
    }

    @GET
    @Path("/keys")
    @PermitAll
    @Operation(summary = "Every public key that ever signed a checkpoint, as PEM and as a signed-note verifier key")
    public Uni<AuditViews.KeysView> keys() {
        return keys.published(pool).map(all -> new AuditViews.KeysView(config.origin(), config.hashAlgorithm().id(),
                all.stream().map(AuditViews.KeyView::of).toList()));
    }

    @GET
    @Path("/proofs/inclusion")
    @PermitAll
    @Operation(summary = "RFC 9162 inclusion proof of a case event (or access record) in a checkpointed tree; "
            + "treeSize defaults to the latest checkpoint")
    public Uni<AuditViews.InclusionView> inclusion(@QueryParam("eventId") String eventId,
                                                   @QueryParam("treeSize") String treeSize) {
        UUID id = uuid("eventId", eventId);
        Long size = treeSize == null ? null : number("treeSize", treeSize, 1);
        return proofs.inclusion(id, size).map(p -> AuditViews.InclusionView.of(p, config.hashAlgorithm().id()));
    }

    @GET
    @Path("/proofs/consistency")
    @PermitAll
    @Operation(summary = "RFC 9162 consistency proof between two tree sizes; to defaults to the latest checkpoint")
    public Uni<AuditViews.ConsistencyView> consistency(@QueryParam("from") String from, @QueryParam("to") String to) {
        long oldSize = number("from", from, 1);
        Long newSize = to == null ? null : number("to", to, 1);
        return proofs.consistency(oldSize, newSize).map(p -> AuditViews.ConsistencyView.of(p, config.hashAlgorithm().id()));
    }

    @GET
    @Path("/verify")
    @Blocking
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Recompute the log (or one case's leaves) from the rows and report what was changed behind "
            + "the system's back; 200 either way, the report is the answer")
    public VerifyReport verify(@QueryParam("caseId") String caseId) {
        if (caseId == null) {
            return verifier.verifyLog();
        }
        UUID id = uuid("caseId", caseId);
        return verifier.verifyCase(id).orElseThrow(() -> Problems.notFound("case " + id));
    }

    @GET
    @Path("/leaves/{eventId}")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The canonical bytes of one leaf, to recompute its hash; the read is recorded (R-ACCESS)")
    public Uni<AuditViews.LeafView> leaf(@PathParam("eventId") String eventId, @QueryParam("purpose") String purpose) {
        UUID id = uuid("eventId", eventId);
        if (purpose == null || purpose.isBlank()) {
            throw Problems.invalidField("purpose", "is required: every access to case records says why");
        }
        return leaves.read(id, caller.get(), purpose);
    }

    /** Not yet sequenced or checkpointed: 404 with Retry-After, as the answer will exist shortly. */
    @ServerExceptionMapper
    public Response notYetLogged(NotYetLoggedException e, UriInfo uri) {
        long seconds = Math.max(1, DurationConverter.parseDuration(config.checkpoint().interval()).toSeconds());
        Problem problem = new ProblemException(404, "not-yet-logged", "Not yet in the audit log", e.getMessage(),
                "R-TAMPER", null).toProblem(uri.getPath());
        return Response.status(404).type(Problem.MEDIA_TYPE).header("Retry-After", seconds).entity(problem).build();
    }

    private static UUID uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            throw Problems.invalidField(field, "is required");
        }
        if (!UUID_TEXT.matcher(value).matches()) {
            throw Problems.invalidField(field, "is not a UUID");
        }
        return UUID.fromString(value);
    }

    private static long number(String field, String value, long min) {
        if (value == null || value.isBlank()) {
            throw Problems.invalidField(field, "is required");
        }
        try {
            long number = Long.parseLong(value);
            if (number < min) {
                throw Problems.invalidField(field, "must be at least " + min);
            }
            return number;
        } catch (NumberFormatException e) {
            throw Problems.invalidField(field, "is not a whole number");
        }
    }
}
