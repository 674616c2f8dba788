package gov.enforcement.disclosure.registries;

import gov.enforcement.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** D-PRE-RANDOM: the three lists and every draw: seed hash from the commit on, seed and picks once revealed. */
@Path("/api/v1/public/inspections")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicInspectionResource {

    private static final String DRAW_COLUMNS = "draw_id, item, seed_hash, target_count, inspector_count, committed_at,"
            + " revealed_at, case when revealed_at is null then null else seed end as seed, targets, picked as picked_inspectors";

    private final Pool pool;

    public PublicInspectionResource(Pool pool) {
        this.pool = pool;
    }

    @GET
    @Operation(summary = "The agency's draws, newest first")
    public Uni<List<Map<String, Object>>> draws(@QueryParam("agency") String agency) {
        return pool.preparedQuery("select " + DRAW_COLUMNS + " from inspection_draws where agency = $1"
                        + " order by committed_at desc limit " + PublicRegistries.LIMIT)
                .execute(Tuple.of(PublicRegistries.agency(agency)))
                .map(rows -> PublicRegistries.rows(rows, "draw_id", "item", "seed_hash", "target_count", "inspector_count",
                        "committed_at", "revealed_at", "seed", "targets", "picked_inspectors"));
    }

    @GET
    @Path("/lists")
    @Operation(summary = "The agency's inspection items, market entities and inspectors")
    public Uni<List<Map<String, Object>>> lists(@QueryParam("agency") String agency) {
        return pool.preparedQuery("select list, name, code from random_lists where agency = $1 order by list, code limit "
                        + PublicRegistries.LIMIT * 10)
                .execute(Tuple.of(PublicRegistries.agency(agency)))
                .map(rows -> PublicRegistries.rows(rows, "list", "name", "code"));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One draw with the candidate lists it was committed with, so anyone can recompute the picks")
    public Uni<Map<String, Object>> draw(@PathParam("id") UUID id) {
        return pool.preparedQuery("select " + DRAW_COLUMNS + ", entities, inspectors from inspection_draws where draw_id = $1")
                .execute(Tuple.of(id)).map(rows -> {
                    if (rows.rowCount() == 0) {
                        throw Problems.notFound("draw " + id);
                    }
                    return PublicRegistries.rows(rows, "draw_id", "item", "seed_hash", "target_count", "inspector_count",
                            "committed_at", "revealed_at", "seed", "targets", "picked_inspectors", "entities", "inspectors").get(0);
                });
    }
}
