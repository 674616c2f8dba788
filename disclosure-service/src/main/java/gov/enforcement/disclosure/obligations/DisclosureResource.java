package gov.enforcement.disclosure.obligations;

import gov.enforcement.disclosure.records.Correction;
import gov.enforcement.disclosure.records.DisclosureRow;
import gov.enforcement.disclosure.records.DisclosureWorkflow;
import gov.enforcement.disclosure.records.PublicRecords;
import gov.enforcement.disclosure.records.Today;
import gov.enforcement.disclosure.search.SearchIndex;
import gov.enforcement.platform.outbox.Outbox;
import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.Caller;
import gov.enforcement.platform.security.CurrentCaller;
import gov.enforcement.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** {@code /api/v1/disclosures}: the clerk's obligations, deadlines, drafts, publishing and corrections. */
@Path("/api/v1/disclosures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISCLOSURE_CLERK, Roles.AUDITOR, Roles.ADMIN})
public class DisclosureResource {

    private static final Set<String> STATUSES = Set.of("DRAFT", "PUBLISHED", "WITHDRAWN", "EXEMPT");

    private final Pool pool;
    private final PublicRecords records;
    private final DisclosureWorkflow workflow;
    private final Outbox outbox;
    private final CurrentCaller caller;
    private final Today today;
    private final SearchIndex search;

    public DisclosureResource(Pool pool, PublicRecords records, DisclosureWorkflow workflow, Outbox outbox,
                              CurrentCaller caller, Today today, SearchIndex search) {
        this.pool = pool;
        this.records = records;
        this.workflow = workflow;
        this.outbox = outbox;
        this.caller = caller;
        this.today = today;
        this.search = search;
    }

    @GET
    @Operation(summary = "Obligations of the caller's agency (auditors: all, or ?agency=), by status; overdue=true for the late ones")
    public Uni<List<DisclosureRow>> list(@QueryParam("status") String status, @QueryParam("agency") String agency,
                                         @QueryParam("overdue") boolean overdue) {
        Caller who = caller.get();
        if (status != null && !STATUSES.contains(status)) {
            throw Problems.invalidField("status", "must be one of " + STATUSES);
        }
        String scope = who.listScope(agency);
        String sql = "select " + DisclosureRow.COLUMNS + " from disclosures where ($1::text is null or agency = $1)"
                + " and ($2::text is null or status = $2)"
                + (overdue ? " and status = 'DRAFT' and due_on < $3" : " and $3::date is not null")
                + " order by due_on nulls last, disclosure_id limit 500";
        return pool.preparedQuery(sql).execute(Tuple.of(scope, status, today.date())).map(rows -> {
            List<DisclosureRow> out = new ArrayList<>();
            rows.forEach(r -> out.add(DisclosureRow.from(r)));
            return out;
        });
    }

    @GET
    @Path("/overdue")
    @Operation(summary = "Decisions not published by their deadline (D-POST-7, D-POST-20)")
    public Uni<List<DisclosureRow>> overdue(@QueryParam("agency") String agency) {
        return list(null, agency, true);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One obligation with its deadline, calendar version, current (draft or published) record and versions")
    public Uni<Map<String, Object>> get(@PathParam("id") UUID id) {
        Caller who = caller.get();
        return records.get(pool, id).chain(row -> {
            who.requireAgency(row.agency());
            return records.version(pool, id, row.version()).chain(record -> records.history(pool, id)
                    .map(history -> Map.of("obligation", row, "record", record, "versions", history)));
        });
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.DISCLOSURE_CLERK)
    @Operation(summary = "D-WORKFLOW: publish the reviewed draft")
    public Uni<DisclosureRow> publish(@PathParam("id") UUID id) {
        Caller who = caller.get();
        return pool.withTransaction(tx -> records.lock(tx, id).chain(row -> {
            who.requireWritable(row.agency());
            return workflow.publish(tx, id, who.subject(), null);
        })).invoke(outbox::committed).call(search::searchable);
    }

    @POST
    @Path("/{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISCLOSURE_CLERK)
    @Operation(summary = "D-CORRECT: publish a corrected version; every version is kept")
    public Uni<DisclosureRow> correct(@PathParam("id") UUID id, Correction correction) {
        Caller who = caller.get();
        if (correction == null || correction.reason() == null || correction.reason().isBlank()) {
            throw Problems.invalidField("reason", "is required");
        }
        if (correction.reason().length() > 500) {
            throw Problems.invalidField("reason", "must be at most 500 characters");
        }
        correction.requireValidAmounts();
        return pool.withTransaction(tx -> records.lock(tx, id).chain(row -> {
            who.requireWritable(row.agency());
            return workflow.correct(tx, id, correction, who.subject());
        })).invoke(outbox::committed).call(search::searchable);
    }
}
