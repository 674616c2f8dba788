package gov.enforcement.recording.evidence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.Caller;
import gov.enforcement.platform.security.CurrentCaller;
import gov.enforcement.platform.security.Roles;
import gov.enforcement.recording.cases.CaseCommands;
import gov.enforcement.recording.cases.domain.Procedures;
import gov.enforcement.recording.cases.domain.CaseState;
import gov.enforcement.recording.cases.domain.StepAppended;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * R-AV: uploads an audio-visual record's content, streamed and hashed by the server, and records its
 * metadata as an AudioVisualRecorded step. A mismatch with the declared hash or size, a refused type or
 * size, or content that is not what its type and kind say keeps nothing. Content stored for a step that
 * is then refused stays: the same bytes may be the content of another request's record (see BlobStore).
 */
@Path("/api/v1/cases/{caseId}/evidence")
public class EvidenceResource {

    /** The kinds of the AudioVisualRecorded schema. */
    static final List<String> KINDS = List.of("PHOTO", "AUDIO", "VIDEO", "BODY_CAMERA", "CCTV");

    private final BlobStore blobs;
    private final EvidenceConfig config;
    private final CaseCommands commands;
    private final CurrentCaller caller;
    private final ObjectMapper json;

    public EvidenceResource(BlobStore blobs, EvidenceConfig config, CaseCommands commands, CurrentCaller caller,
                            ObjectMapper json) {
        this.blobs = blobs;
        this.config = config;
        this.commands = commands;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @Blocking
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Upload an audio-visual record (R-AV): the body is the content; metadata in the query;"
            + " X-Content-SHA256 and Content-Length, when given, must match what arrives")
    @APIResponse(responseCode = "201", description = "Stored and recorded as a step; Location is that step",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceStored.class)),
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "422", description = "Rule R-AV refuses the content (size, hash or signature) or a"
            + " rule refuses the step")
    public Response upload(@PathParam("caseId") UUID caseId, InputStream content,
                           @HeaderParam("Content-Type") String contentType,
                           @HeaderParam("Content-Length") Long declaredSize,
                           @HeaderParam("X-Content-SHA256") String declaredSha256,
                           @QueryParam("kind") String kind, @QueryParam("device") String device,
                           @QueryParam("forStep") String forStep, @QueryParam("startedAt") String startedAt,
                           @QueryParam("endedAt") String endedAt, @QueryParam("place") String place) {
        Caller officer = caller.get();
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase();
        if (!config.allowedTypes().contains(mediaType)) {
            throw Problems.ruleViolated("R-AV", "Content-Type", "media type " + mediaType + " is not accepted; one of "
                    + config.allowedTypes());
        }
        if (kind == null || !KINDS.contains(kind)) {
            throw Problems.invalidField("kind", "must be one of " + KINDS);
        }
        if (!ContentSignatures.kindTakes(kind, mediaType)) {
            throw Problems.ruleViolated("R-AV", "Content-Type", "a " + kind + " record is " + ContentSignatures.familiesOf(kind)
                    + " content, not " + mediaType);
        }
        requireTime("startedAt", startedAt);
        requireTime("endedAt", endedAt);
        requireKnownStep(forStep);
        // whose case it is comes before what the caller sent is judged; all of it before any byte is stored (stored
        // content is never deleted, so a refused case must store none)
        CaseState target = commands.current(caseId).await().indefinitely();
        if (!target.exists()) {
            throw Problems.notFound("case " + caseId);
        }
        officer.requireWritable(target.agency());
        // R-AV: the metadata as the step will carry it, with a stand-in for the content's identity
        CaseCommands.requireValidUpload(metadata(UUID.randomUUID(), kind, device, officer, forStep, startedAt, endedAt,
                place, "0".repeat(64), 0, mediaType));
        if (declaredSha256 != null && !declaredSha256.matches("[0-9a-fA-F]{64}")) {
            throw Problems.invalidField("X-Content-SHA256", "must be 64 hexadecimal characters");
        }
        BlobStore.StoredBlob blob;
        try {
            blob = blobs.put(content, new BlobStore.UploadLimits(declaredSha256, declaredSize, config.maxBytes(),
                    head -> requireSignature(mediaType, head)));
        } catch (BlobRejectedException e) {
            throw Problems.ruleViolated("R-AV", e.field(), e.getMessage());
        }
        ObjectNode data = metadata(UUID.randomUUID(), kind, device, officer, forStep, startedAt, endedAt, place,
                blob.sha256(), blob.size(), mediaType);
        StepAppended appended = commands.appendUpload(caseId, data, officer).await().indefinitely();
        return Response.created(URI.create("/api/v1/cases/" + caseId + "/events/" + appended.version()))
                .entity(new EvidenceStored(appended, blob.sha256(), blob.size(), mediaType)).build();
    }

    private ObjectNode metadata(UUID evidenceId, String kind, String device, Caller officer, String forStep,
                                String startedAt, String endedAt, String place, String sha256, long size,
                                String mediaType) {
        return json.createObjectNode().put("evidenceId", evidenceId.toString()).put("kind", kind)
                .put("device", device).put("certificate", officer.certificate()).put("forStep", forStep)
                .put("startedAt", startedAt).put("endedAt", endedAt).put("place", place)
                .put("sha256", sha256).put("size", size).put("mediaType", mediaType);
    }

    /** R-AV-REQUIRED: the record documents a step the catalogue can name; any other string matches nothing. */
    private static void requireKnownStep(String forStep) {
        List<String> steps = Procedures.OFFICER_STEPS.stream().filter(s -> !"AudioVisualRecorded".equals(s)).toList();
        if (forStep == null || !steps.contains(forStep)) {
            throw Problems.ruleViolated("R-AV-REQUIRED", "forStep", "forStep must name the step the record documents,"
                    + " one of " + steps + (forStep == null ? "" : "; not " + forStep));
        }
    }

    /** The bytes must be what the Content-Type says: a renamed executable is not a photo. */
    private static void requireSignature(String mediaType, byte[] head) throws BlobRejectedException {
        if (!ContentSignatures.matches(mediaType, head)) {
            throw new BlobRejectedException("body", "the content does not carry the file signature of " + mediaType);
        }
    }

    /** Absent, or an ISO-8601 time with its offset: Jackson would read a blank one as absent, silently. */
    private static void requireTime(String field, String value) {
        if (value == null) {
            return;
        }
        try {
            java.time.OffsetDateTime.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw Problems.invalidField(field, "must be an ISO-8601 time with offset, e.g. 2026-09-20T09:00:00+08:00");
        }
    }

    /** The answer to an upload: the step recorded and the content's identity. */
    public record EvidenceStored(StepAppended step, String sha256, long size, String mediaType) {
    }
}
