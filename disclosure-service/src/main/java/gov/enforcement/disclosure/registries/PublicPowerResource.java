package gov.enforcement.disclosure.registries;

import gov.enforcement.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** D-PRE-POWERS: the public powers and responsibilities list and its attachments. */
@Path("/api/v1/public/powers")
@PermitAll
public class PublicPowerResource {

    private final Pool pool;

    public PublicPowerResource(Pool pool) {
        this.pool = pool;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The agency's powers list with attachments (name, type, SHA-256, size, address)")
    public Uni<List<Map<String, Object>>> list(@QueryParam("agency") String agency) {
        return pool.preparedQuery("select p.entry_id, p.version, p.matter_code, p.matter, p.legal_basis, p.accepting_body, p.approving_body,"
                        + " p.conditions, p.time_limit, p.supervision, p.remedies, coalesce((select jsonb_agg(jsonb_build_object("
                        + "'attachmentId', a.attachment_id, 'name', a.name, 'mediaType', a.media_type, 'sha256', a.sha256,"
                        + " 'size', a.size, 'href', '/api/v1/public/powers/' || p.entry_id || '/attachments/' || a.attachment_id)"
                        + " order by a.name) from registry_power_attachments a where a.entry_id = p.entry_id), '[]'::jsonb)"
                        + " as attachments from registry_powers p where p.agency = $1 order by p.matter limit "
                        + PublicRegistries.LIMIT)
                .execute(Tuple.of(PublicRegistries.agency(agency)))
                .map(rows -> PublicRegistries.rows(rows, "entry_id", "version", "matter_code", "matter", "legal_basis", "accepting_body",
                        "approving_body", "conditions", "time_limit", "supervision", "remedies", "attachments"));
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Operation(summary = "An attachment's content, as hashed in PowerPublished, as a download (PDF, OFD, PNG, JPEG, DOCX, XLSX)")
    public Uni<Response> attachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        return pool.preparedQuery("select name, media_type, sha256, content from registry_power_attachments"
                        + " where entry_id = $1 and attachment_id = $2").execute(Tuple.of(id, attachmentId))
                .map(rows -> {
                    if (rows.rowCount() == 0) {
                        throw Problems.notFound("attachment " + attachmentId);
                    }
                    Row r = rows.iterator().next();
                    byte[] content = r.getBuffer("content").getBytes();
                    // a file stored before types were checked is served as bytes, never as what it claimed to be
                    AttachmentType type = AttachmentType.detect(content)
                            .filter(t -> t.mediaType().equals(r.getString("media_type"))).orElse(null);
                    return Response.ok(content, type == null ? MediaType.APPLICATION_OCTET_STREAM : type.mediaType())
                            .header("Content-Disposition", AttachmentDownload.disposition(r.getString("name"),
                                    type == null ? "bin" : type.extension()))
                            .header("X-Content-Type-Options", "nosniff")
                            .header("Content-Security-Policy", AttachmentDownload.CSP)
                            .header("Digest", "sha-256=" + r.getString("sha256")).build();
                });
    }
}
