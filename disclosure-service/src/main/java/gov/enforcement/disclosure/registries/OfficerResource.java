package gov.enforcement.disclosure.registries;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.disclosure.records.Today;
import gov.enforcement.events.EventTypes;
import gov.enforcement.platform.outbox.Outbox;
import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.Caller;
import gov.enforcement.platform.security.CurrentCaller;
import gov.enforcement.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

/** D-PRE-OFFICERS: the agency submits its officers; the justice bureau's confirmation puts them on the public list. */
@Path("/api/v1/registries/officers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OfficerResource {

    private final Pool pool;
    private final Outbox outbox;
    private final CurrentCaller caller;
    private final Today today;

    public OfficerResource(Pool pool, Outbox outbox, CurrentCaller caller, Today today) {
        this.pool = pool;
        this.outbox = outbox;
        this.caller = caller;
        this.today = today;
    }

    /** An officer as the agency submits them. */
    public record Submission(String name, String position, String enforcementType, String certificate,
                             LocalDate validFrom, LocalDate validTo) {
    }

    /** The justice bureau's decision on a submission. */
    public record Approval(Boolean approved, String note) {
    }

    @POST
    @RolesAllowed(Roles.DISCLOSURE_CLERK)
    @Operation(summary = "Submit an officer of the caller's agency for the justice bureau's confirmation")
    public Uni<Map<String, Object>> submit(Submission s) {
        Caller who = caller.get();
        who.requireOwnAgency();
        if (s == null || blank(s.name()) || blank(s.enforcementType()) || blank(s.certificate()) || s.validFrom() == null
                || s.validTo() == null) {
            throw Problems.invalidField("body", "name, enforcementType, certificate, validFrom and validTo are required");
        }
        if (s.validTo().isBefore(s.validFrom())) {
            throw Problems.invalidField("validTo", "must not be before validFrom");
        }
        UUID id = UUID.randomUUID();
        return pool.preparedQuery("insert into registry_officers (entry_id, agency, name, position, enforcement_type,"
                        + " certificate, valid_from, valid_to, status, submitted_by) values ($1,$2,$3,$4,$5,$6,$7,$8,'PENDING',$9)"
                        + " on conflict (agency, certificate) do nothing")
                .execute(Tuple.from(Arrays.asList(id, who.agency(), s.name(), s.position() == null ? "" : s.position(),
                        s.enforcementType(), s.certificate(), s.validFrom(), s.validTo(), who.subject())))
                .map(rows -> {
                    if (rows.rowCount() == 0) {
                        throw Problems.conflict("certificate " + s.certificate() + " is already registered");
                    }
                    return Map.of("entryId", id, "status", "PENDING");
                });
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "D-PRE-OFFICERS: the justice bureau confirms (or refuses) a submitted officer")
    public Uni<Map<String, Object>> approve(@PathParam("id") UUID id, Approval approval) {
        Caller who = caller.get();
        if (approval == null || approval.approved() == null) {
            throw Problems.invalidField("approved", "is required");
        }
        String status = approval.approved() ? "APPROVED" : "REJECTED";
        return pool.withTransaction(tx -> tx.preparedQuery("select agency from registry_officers where entry_id = $1 for update")
                .execute(Tuple.of(id))
                .chain(found -> {
                    if (found.rowCount() == 0) {
                        throw Problems.notFound("officer entry " + id);
                    }
                    // an admin confirms its own agency's officers only
                    who.requireWritable(found.iterator().next().getString(0));
                    return tx.preparedQuery("update registry_officers set status = $2, decided_by = $3,"
                                    + " decided_at = now(), note = $4 where entry_id = $1 and status = 'PENDING' returning *")
                            .execute(Tuple.of(id, status, who.subject(), approval.note()));
                })
                .chain(rows -> {
                    if (rows.rowCount() == 0) {
                        throw Problems.ruleViolated("D-PRE-OFFICERS", "officer entry " + id + " is not awaiting confirmation");
                    }
                    Row r = rows.iterator().next();
                    if (!approval.approved()) {
                        return Uni.createFrom().voidItem();
                    }
                    ObjectNode data = RegistryEvents.data(id, r.getString("agency")).put("name", r.getString("name"))
                            .put("position", r.getString("position")).put("enforcementType", r.getString("enforcement_type"))
                            .put("certificate", r.getString("certificate"))
                            .put("validFrom", r.getLocalDate("valid_from").toString())
                            .put("validTo", r.getLocalDate("valid_to").toString()).put("approvedBy", who.subject())
                            .put("at", today.now().toString());
                    return outbox.add(tx, RegistryEvents.event(EventTypes.REGISTRY_OFFICER_LISTED, id, r.getString("agency"),
                            r.getInteger("version"), data));
                }))
                .invoke(outbox::committed)
                .replaceWith(Map.of("entryId", id, "status", status));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.DISCLOSURE_CLERK, Roles.ADMIN})
    @Operation(summary = "D-PRE-OFFICERS: take a listed officer off the public list before the certificate expires")
    public Uni<Map<String, Object>> withdraw(@PathParam("id") UUID id) {
        Caller who = caller.get();
        return pool.withTransaction(tx -> tx.preparedQuery("select agency from registry_officers where entry_id = $1 for update")
                        .execute(Tuple.of(id)).chain(found -> {
                            if (found.rowCount() == 0) {
                                throw Problems.notFound("officer entry " + id);
                            }
                            who.requireWritable(found.iterator().next().getString(0));
                            return tx.preparedQuery("update registry_officers set status = 'WITHDRAWN', version = version + 1"
                                    + " where entry_id = $1 and status = 'APPROVED' returning agency, certificate, version")
                                    .execute(Tuple.of(id));
                        })
                        .chain(rows -> {
                            if (rows.rowCount() == 0) {
                                throw Problems.ruleViolated("D-PRE-OFFICERS", "officer entry " + id + " is not on the public list");
                            }
                            Row r = rows.iterator().next();
                            return outbox.add(tx, RegistryEvents.event(EventTypes.REGISTRY_OFFICER_DELISTED, id,
                                    r.getString("agency"), r.getInteger("version"), RegistryEvents.data(id, r.getString("agency"))
                                            .put("certificate", r.getString("certificate")).put("reason", "WITHDRAWN")
                                            .put("at", today.now().toString())));
                        }))
                .invoke(outbox::committed).replaceWith(Map.of("entryId", id, "status", "WITHDRAWN"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
