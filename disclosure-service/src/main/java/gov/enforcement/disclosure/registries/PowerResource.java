package gov.enforcement.disclosure.registries;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.disclosure.records.Today;
import gov.enforcement.events.CloudEventCodec;
import gov.enforcement.events.EventTypes;
import gov.enforcement.platform.outbox.Outbox;
import gov.enforcement.platform.problem.Problem;
import gov.enforcement.platform.problem.ProblemException;
import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.Caller;
import gov.enforcement.platform.security.CurrentCaller;
import gov.enforcement.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/** D-PRE-POWERS: the agency publishes its powers and responsibilities list, with attachments. */
@Path("/api/v1/registries/powers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DISCLOSURE_CLERK)
public class PowerResource {

    static final int MAX_ATTACHMENT = 10 * 1024 * 1024;

    private final Pool pool;
    private final Outbox outbox;
    private final CurrentCaller caller;
    private final Today today;

    public PowerResource(Pool pool, Outbox outbox, CurrentCaller caller, Today today) {
        this.pool = pool;
        this.outbox = outbox;
        this.caller = caller;
        this.today = today;
    }

    static final java.util.regex.Pattern MATTER_CODE = java.util.regex.Pattern.compile("[0-9A-Za-z._-]{1,64}");

    /**
     * One entry of the 权责清单; {@code matterCode} (P-MASTER) is what cases name it by, unique in the agency's list, and
     * {@code procedure} how its cases run where the law leaves it to the agency (null: the laws' defaults).
     */
    public record Power(String matter, String legalBasis, String acceptingBody, String approvingBody, String conditions,
                        String timeLimit, String supervision, String remedies, String matterCode,
                        MatterProcedure procedure) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish an entry of the caller's agency's powers and responsibilities list")
    public Uni<Map<String, Object>> publish(Power p) {
        Caller who = caller.get();
        who.requireOwnAgency();
        if (p == null || p.matter() == null || p.matter().isBlank() || p.legalBasis() == null || p.legalBasis().isBlank()) {
            throw Problems.invalidField("body", "matter and legalBasis are required");
        }
        if (p.matterCode() != null && !MATTER_CODE.matcher(p.matterCode()).matches()) {
            throw Problems.invalidField("matterCode", "is 1 to 64 letters, digits, '.', '_' or '-'");
        }
        if (p.procedure() != null) {
            if (p.matterCode() == null) {
                throw Problems.ruleViolated("P-MASTER", "procedure", "a procedure profile needs a matterCode: cases name the matter by it");
            }
            var problems = p.procedure().problems();
            if (!problems.isEmpty()) {
                throw Problems.invalidFields(problems);
            }
        }
        UUID id = UUID.randomUUID();
        return pool.withTransaction(tx -> tx.preparedQuery("insert into registry_powers (entry_id, agency, matter, legal_basis,"
                                + " accepting_body, approving_body, conditions, time_limit, supervision, remedies, matter_code,"
                                + " procedure) values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12) on conflict do nothing")
                        .execute(Tuple.from(Arrays.asList(id, who.agency(), p.matter(), p.legalBasis(), text(p.acceptingBody()),
                                text(p.approvingBody()), text(p.conditions()), text(p.timeLimit()), text(p.supervision()),
                                text(p.remedies()), p.matterCode(), procedureJson(p.procedure()))))
                        .invoke(rows -> {
                            if (rows.rowCount() == 0) {
                                throw Problems.conflict("matter code " + p.matterCode() + " is already in the agency's list");
                            }
                        })
                        .chain(() -> announce(tx, id)))
                .invoke(outbox::committed).replaceWith(Map.of("entryId", id, "version", 1));
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a service guide or flow chart (?name=); the hash is computed here; a new version is published")
    public Uni<Map<String, Object>> attach(@PathParam("id") UUID id, @QueryParam("name") String name,
                                           @HeaderParam("Content-Type") String mediaType, byte[] content) {
        Caller who = caller.get();
        if (name == null || name.isBlank() || name.length() > 200) {
            throw Problems.invalidField("name", "is required, at most 200 characters");
        }
        if (content == null || content.length == 0 || content.length > MAX_ATTACHMENT) {
            throw Problems.invalidField("body", "must be 1 byte to 10 MiB");
        }
        AttachmentType type = checkedType(mediaType, content);
        UUID attachmentId = UUID.randomUUID();
        String sha256 = sha256(content);
        return pool.withTransaction(tx -> tx.preparedQuery("select agency from registry_powers where entry_id = $1 for update")
                        .execute(Tuple.of(id)).chain(rows -> {
                            if (rows.rowCount() == 0) {
                                throw Problems.notFound("power " + id);
                            }
                            who.requireWritable(rows.iterator().next().getString(0));
                            return tx.preparedQuery("insert into registry_power_attachments (attachment_id, entry_id, name,"
                                            + " media_type, sha256, size, content) values ($1,$2,$3,$4,$5,$6,$7)")
                                    .execute(Tuple.from(Arrays.asList(attachmentId, id, name, type.mediaType(), sha256,
                                            (long) content.length, io.vertx.core.buffer.Buffer.buffer(content))));
                        })
                        .chain(() -> tx.preparedQuery("update registry_powers set version = version + 1 where entry_id = $1")
                                .execute(Tuple.of(id)))
                        .chain(() -> announce(tx, id)))
                .invoke(outbox::committed)
                .replaceWith(Map.of("attachmentId", attachmentId, "sha256", sha256, "size", content.length));
    }

    /**
     * D-PRE-POWERS: only documents and images, and the bytes must be what the Content-Type says (415 for another
     * type, 422 when the content is not of the declared type): a page uploaded here would run on the API's address.
     */
    static AttachmentType checkedType(String mediaType, byte[] content) {
        List<String> allowed = Arrays.stream(AttachmentType.values()).map(AttachmentType::mediaType).toList();
        AttachmentType declared = AttachmentType.declared(mediaType).orElseThrow(() -> new ProblemException(415,
                "unsupported-media-type", "Unsupported media type", "Content-Type: an attachment is one of " + allowed,
                "D-PRE-POWERS", List.of(new Problem.FieldError("Content-Type", "must be one of " + allowed))));
        if (AttachmentType.detect(content).orElse(null) != declared) {
            throw Problems.ruleViolated("D-PRE-POWERS", "body", "the content is not a " + declared.mediaType()
                    + " file (its first bytes are checked)");
        }
        return declared;
    }

    /** PowerPublished with the entry as it now stands, attachments included. */
    private Uni<Void> announce(SqlConnection tx, UUID id) {
        return tx.preparedQuery("select * from registry_powers where entry_id = $1").execute(Tuple.of(id))
                .chain(rows -> tx.preparedQuery("select attachment_id, name, media_type, sha256, size from"
                                + " registry_power_attachments where entry_id = $1 order by name").execute(Tuple.of(id))
                        .chain(attachments -> {
                            Row r = rows.iterator().next();
                            ObjectNode data = RegistryEvents.data(id, r.getString("agency")).put("version", r.getInteger("version"))
                                    .put("matterCode", r.getString("matter_code")).put("matter", r.getString("matter")).put("legalBasis", r.getString("legal_basis"))
                                    .put("acceptingBody", r.getString("accepting_body"))
                                    .put("approvingBody", r.getString("approving_body"))
                                    .put("conditions", r.getString("conditions")).put("timeLimit", r.getString("time_limit"))
                                    .put("supervision", r.getString("supervision")).put("remedies", r.getString("remedies"));
                            JsonObject procedure = r.getJsonObject("procedure");
                            data.set("procedure", procedure == null ? null : procedureNode(procedure));
                            ArrayNode list = data.putArray("attachments");
                            attachments.forEach(a -> list.addObject().put("attachmentId", a.getUUID(0).toString())
                                    .put("name", a.getString(1)).put("mediaType", a.getString(2)).put("sha256", a.getString(3))
                                    .put("size", a.getLong(4)));
                            data.put("at", today.now().toString());
                            return outbox.add(tx, RegistryEvents.event(EventTypes.REGISTRY_POWER_PUBLISHED, id,
                                    r.getString("agency"), r.getInteger("version"), data));
                        }));
    }

    private static JsonObject procedureJson(MatterProcedure procedure) {
        if (procedure == null) {
            return null;
        }
        return new JsonObject().put("procedures", new JsonArray(procedure.procedures()))
                .put("decisionDays", procedure.decisionDays()).put("audioVisual", new JsonArray(procedure.audioVisual()));
    }

    /** The stored profile as the event states it: every property present, in a fixed order. */
    private static ObjectNode procedureNode(JsonObject stored) {
        ObjectNode node = CloudEventCodec.mapper().createObjectNode();
        ArrayNode procedures = node.putArray("procedures");
        stored.getJsonArray("procedures").forEach(p -> procedures.add((String) p));
        Integer days = stored.getInteger("decisionDays");
        if (days == null) {
            node.putNull("decisionDays");
        } else {
            node.put("decisionDays", days);
        }
        ArrayNode audioVisual = node.putArray("audioVisual");
        stored.getJsonArray("audioVisual").forEach(a -> audioVisual.add((String) a));
        return node;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
