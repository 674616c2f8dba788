package gov.enforcement.recording.evidence;

import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.Caller;
import gov.enforcement.platform.security.CurrentCaller;
import gov.enforcement.platform.security.Roles;
import gov.enforcement.recording.audit.access.AccessLog;
import gov.enforcement.recording.audit.access.AccessRecord;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.InputStream;
import java.util.UUID;

/**
 * R-AV: the content of a case's audio-visual record, as it was hashed on upload. Only content one of the case's
 * own AudioVisualRecorded steps names is served (the store is shared by content, not by case), and each read is
 * recorded with its purpose (R-ACCESS) before a byte leaves.
 */
@Path("/api/v1/cases/{caseId}/evidence/{sha256}")
public class EvidenceContentResource {

    private static final String RECORD_OF_CASE = "select s.agency, e.data ->> 'mediaType' as media_type,"
            + " e.data ->> 'size' as size from case_events e join case_streams s on s.case_id = e.case_id"
            + " where e.case_id = $1 and e.event_type = 'gov.enforcement.case.AudioVisualRecorded.v1'"
            + " and e.data ->> 'sha256' = $2 order by e.version limit 1";

    private final BlobStore blobs;
    private final Pool pool;
    private final AccessLog accessLog;
    private final CurrentCaller caller;

    public EvidenceContentResource(BlobStore blobs, Pool pool, AccessLog accessLog, CurrentCaller caller) {
        this.blobs = blobs;
        this.pool = pool;
        this.accessLog = accessLog;
        this.caller = caller;
    }

    @GET
    @Blocking
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.OFFICER, Roles.REVIEWER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The content of one of the case's audio-visual records, by its SHA-256 (R-AV); the read is"
            + " recorded (R-ACCESS) with the purpose given")
    public Response content(@PathParam("caseId") UUID caseId, @PathParam("sha256") String sha256,
                            @QueryParam("purpose") String purpose) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw Problems.invalidField("sha256", "must be 64 lower-case hexadecimal characters");
        }
        Caller reader = caller.get();
        String why = AccessRecord.purposeOrUnstated(purpose);
        RowIterator<Row> found = pool.preparedQuery(RECORD_OF_CASE).execute(Tuple.of(caseId, sha256))
                .await().indefinitely().iterator();
        if (!found.hasNext()) {
            throw Problems.notFound("no audio-visual record of case " + caseId + " has the content " + sha256);
        }
        Row record = found.next();
        reader.requireAgency(record.getString("agency"));
        pool.withTransaction(tx -> accessLog.record(tx, AccessRecord.of(reader, caseId, why, "evidence " + sha256)))
                .await().indefinitely();
        InputStream content = blobs.open(sha256).orElseThrow(() -> {
            // a recorded hash whose bytes are gone is a loss the operators must hear of, not a client's mistake
            Log.errorf("evidence content %s of case %s is missing from the store", sha256, caseId);
            return new IllegalStateException("evidence content missing: " + sha256);
        });
        String mediaType = record.getString("media_type");
        Response.ResponseBuilder answer = Response.ok(content, mediaType == null ? MediaType.APPLICATION_OCTET_STREAM : mediaType)
                .tag(new EntityTag(sha256))
                .header("X-Content-SHA256", sha256)
                .header("Content-Disposition", "attachment; filename=\"" + sha256 + "\"")
                .header("Cache-Control", "private, no-store");
        String size = record.getString("size");
        if (size != null && size.matches("[0-9]{1,19}")) {
            answer.header("Content-Length", size);
        }
        return answer.build();
    }
}
