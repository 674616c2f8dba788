package gov.enforcement.recording.cases.web;

import gov.enforcement.recording.cases.CaseCommands;
import gov.enforcement.recording.cases.domain.CaseState;
import gov.enforcement.recording.cases.domain.StepAppended;
import gov.enforcement.recording.cases.domain.TimeLimits;

import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.Caller;
import gov.enforcement.platform.security.CurrentCaller;
import gov.enforcement.platform.security.Roles;
import gov.enforcement.recording.audit.LogIndexes;
import gov.enforcement.recording.audit.access.AccessLog;
import gov.enforcement.recording.audit.access.AccessRecord;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.UUID;

/** {@code /api/v1/cases}: register a case and read its current state. */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    private final CaseCommands commands;
    private final CurrentCaller caller;
    private final Pool pool;
    private final AccessLog accessLog;
    private final LogIndexes logIndexes;

    public CaseResource(CaseCommands commands, CurrentCaller caller, Pool pool, AccessLog accessLog, LogIndexes logIndexes) {
        this.commands = commands;
        this.caller = caller;
        this.pool = pool;
        this.accessLog = accessLog;
        this.logIndexes = logIndexes;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "registerCase", summary = "Register a case (立案): the first event of its stream, with a"
            + " gap-free case number; Idempotency-Key makes a retry return the first answer")
    @APIResponse(responseCode = "201", description = "Registered; Location is the case, ETag its stream version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Registered.class)),
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used for another request")
    @APIResponse(responseCode = "422", description = "A rule refuses the registration; rule names it")
    public Uni<Response> register(RegisterCaseRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (request == null) {
            throw Problems.invalidField("body", "is required");
        }
        return commands.register(request, idempotencyKey, caller.get()).map(registered -> Response
                .created(URI.create("/api/v1/cases/" + registered.caseId()))
                .tag(new EntityTag(Long.toString(registered.version())))
                .entity(registered)
                .build());
    }

    @POST
    @Path("/{caseId}/events")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "appendCaseStep", summary = "Append one step to a case (X-SEQ, X-TWO, R-TEXT, X-SEPARATE,"
            + " L-GATE); If-Match takes the expected version, Idempotency-Key makes a retry return the first answer")
    @APIResponse(responseCode = "201", description = "Appended; ETag is the new stream version, Link (rel=log-leaf)"
            + " where the event's inclusion in the audit log is proven",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Appended.class)),
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Link", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "409", description = "Version conflict (currentVersion says where the stream is), or"
            + " the Idempotency-Key was used for another request")
    @APIResponse(responseCode = "422", description = "A rule refuses the step (rule names it; errors names each"
            + " field the step type's schema refuses)")
    public Uni<Response> append(@PathParam("caseId") UUID caseId,
                                @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(ref = StepDataOpenApiFilter.REQUEST))) AppendStepRequest request,
                                @HeaderParam("If-Match") String ifMatch,
                                @HeaderParam("Idempotency-Key") String idempotencyKey) {
        Long expected = ifMatch != null ? VersionTags.parse(ifMatch) : request == null ? null : request.expectedVersion();
        return commands.append(caseId, request, expected, idempotencyKey, caller.get())
                .chain(appended -> logIndexes.of(appended.eventId()).map(logIndex -> Response
                        .created(URI.create("/api/v1/cases/" + caseId + "/events/" + appended.version()))
                        .tag(new EntityTag(Long.toString(appended.version())))
                        // where the event's inclusion in a signed checkpoint is proven (R-TAMPER)
                        .link(URI.create("/api/v1/audit/leaves/" + appended.eventId()), "log-leaf")
                        .entity(new Appended(appended, logIndex))
                        .build()));
    }

    @GET
    @Path("/{caseId}")
    @RolesAllowed({Roles.OFFICER, Roles.REVIEWER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getCase", summary = "The current state of a case (a projection of its stream); ETag is the stream version. It names"
            + " the parties, so the read is recorded (R-ACCESS) with the purpose given, if any")
    public Uni<Response> get(@PathParam("caseId") UUID caseId, @QueryParam("purpose") String purpose) {
        Caller reader = caller.get();
        String why = AccessRecord.purposeOrUnstated(purpose);
        return commands.current(caseId).chain(state -> {
            if (!state.exists()) {
                throw Problems.notFound("case " + caseId);
            }
            reader.requireAgency(state.agency());
            // recorded before anything is answered: no read of the parties without its trace
            return pool.withTransaction(tx -> accessLog.record(tx, AccessRecord.of(reader, caseId, why, "case state")))
                    .replaceWith(() -> Response.ok(new CaseView(state, commands.audioVisual().missing(state),
                                    TimeLimits.of(state, commands.today())))
                            .tag(new EntityTag(Long.toString(state.version()))).build());
        });
    }

    /**
     * The answer to an append: the step, and its index in the audit log ({@code logIndex}), null when the log had
     * not taken it within {@code recording.append.log-index-wait} (it will; {@code /audit/leaves/{eventId}} says when).
     */
    @Schema(name = "Appended", requiredProperties = {"caseId", "version", "eventId", "type", "status", "logIndex"})
    public record Appended(@com.fasterxml.jackson.annotation.JsonUnwrapped StepAppended step,
                           @Schema(type = SchemaType.INTEGER, nullable = true) Long logIndex) {
    }

    /** A case's state with what R-AV-REQUIRED flags as missing and its time limits (P-TIME) as of today. */
    public record CaseView(@com.fasterxml.jackson.annotation.JsonUnwrapped CaseState state, java.util.List<String> missingAudioVisual,
                           java.util.List<TimeLimits.Status> timeLimits) {
    }

    /** The answer to a registration. */
    @Schema(requiredProperties = {"caseId", "caseNumber", "version", "eventId"})
    public record Registered(UUID caseId, String caseNumber, long version, UUID eventId) {
    }
}
