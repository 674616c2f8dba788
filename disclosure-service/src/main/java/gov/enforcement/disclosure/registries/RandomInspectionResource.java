package gov.enforcement.disclosure.registries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.disclosure.records.Today;
import gov.enforcement.events.CloudEventCodec;
import gov.enforcement.events.EventTypes;
import gov.enforcement.platform.outbox.Outbox;
import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.Caller;
import gov.enforcement.platform.security.CurrentCaller;
import gov.enforcement.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
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

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** D-PRE-RANDOM: the three lists and the verifiable draw (seed hash committed before, seed revealed after). */
@Path("/api/v1/registries")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DISCLOSURE_CLERK)
public class RandomInspectionResource {

    static final Set<String> LISTS = Set.of("items", "entities", "inspectors");

    private final Pool pool;
    private final Outbox outbox;
    private final CurrentCaller caller;
    private final Today today;

    public RandomInspectionResource(Pool pool, Outbox outbox, CurrentCaller caller, Today today) {
        this.pool = pool;
        this.outbox = outbox;
        this.caller = caller;
        this.today = today;
    }

    /** An entry of a list: an inspection item, a market entity (credit code) or an inspector (certificate). */
    public record ListEntry(String name, String code) {
    }

    /** A draw: the item, how many targets and inspectors. */
    public record DrawRequest(String item, Integer targets, Integer inspectors) {
    }

    @POST
    @Path("/random/{list}")
    @Operation(summary = "Add to the caller's agency's inspection items, market entities or inspectors")
    public Uni<Map<String, Object>> add(@PathParam("list") String list, ListEntry entry) {
        Caller who = caller.get();
        who.requireOwnAgency();
        if (!LISTS.contains(list)) {
            throw Problems.notFound("list " + list);
        }
        if (entry == null || entry.name() == null || entry.name().isBlank() || entry.code() == null || entry.code().isBlank()) {
            throw Problems.invalidField("body", "name and code are required");
        }
        UUID id = UUID.randomUUID();
        return pool.preparedQuery("insert into random_lists (id, agency, list, name, code) values ($1,$2,$3,$4,$5)"
                        + " on conflict (agency, list, code) do nothing")
                .execute(Tuple.of(id, who.agency(), list, entry.name(), entry.code()))
                .map(rows -> {
                    if (rows.rowCount() == 0) {
                        throw Problems.conflict(entry.code() + " is already on the list");
                    }
                    return Map.of("id", id);
                });
    }

    @POST
    @Path("/draws")
    @Operation(summary = "Commit a draw: the seed's SHA-256 and the candidate lists are published before it is made")
    public Uni<Map<String, Object>> commit(DrawRequest request) {
        Caller who = caller.get();
        who.requireOwnAgency();
        if (request == null || request.item() == null || request.item().isBlank() || request.targets() == null
                || request.inspectors() == null || request.targets() < 1 || request.inspectors() < 1
                || request.targets() > 1000 || request.inspectors() > 100) {
            throw Problems.invalidField("body", "item, targets (1..1000) and inspectors (1..100) are required");
        }
        UUID drawId = UUID.randomUUID();
        String seed = RandomDraw.newSeed();
        String seedHash = RandomDraw.hash(seed);
        return pool.withTransaction(tx -> tx.preparedQuery("select id, list, name, code from random_lists where agency = $1"
                                + " and list in ('entities', 'inspectors') order by code").execute(Tuple.of(who.agency()))
                .chain(rows -> {
                    ArrayNode entities = CloudEventCodec.mapper().createArrayNode();
                    ArrayNode inspectors = CloudEventCodec.mapper().createArrayNode();
                    for (Row r : rows) {
                        ("entities".equals(r.getString("list")) ? entities : inspectors).addObject()
                                .put("id", r.getUUID("id").toString()).put("name", r.getString("name")).put("code", r.getString("code"));
                    }
                    if (entities.isEmpty() || inspectors.isEmpty()) {
                        throw Problems.ruleViolated("D-PRE-RANDOM", "the market entity and inspector lists must not be empty");
                    }
                    ObjectNode data = RegistryEvents.data(drawId, who.agency()).put("item", request.item())
                            .put("seedHash", seedHash).put("targetCount", request.targets())
                            .put("inspectorCount", request.inspectors());
                    data.set("entities", entities);
                    data.set("inspectors", inspectors);
                    data.put("at", today.now().toString());
                    return tx.preparedQuery("insert into inspection_draws (draw_id, agency, item, seed, seed_hash, target_count,"
                                    + " inspector_count, entities, inspectors) values ($1,$2,$3,$4,$5,$6,$7,$8,$9)")
                            .execute(Tuple.from(List.of(drawId, who.agency(), request.item(), seed, seedHash, request.targets(),
                                    request.inspectors(), new JsonArray(entities.toString()), new JsonArray(inspectors.toString()))))
                            .chain(() -> outbox.add(tx, RegistryEvents.event(EventTypes.REGISTRY_DRAW_COMMITTED, drawId,
                                    who.agency(), 1, data)));
                }))
                .invoke(outbox::committed).replaceWith(Map.of("drawId", drawId, "seedHash", seedHash));
    }

    @POST
    @Path("/draws/{id}/reveal")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Make the committed draw: reveal the seed and publish the picks anyone can recompute")
    public Uni<Map<String, Object>> reveal(@PathParam("id") UUID id) {
        Caller who = caller.get();
        return pool.withTransaction(tx -> tx.preparedQuery("select * from inspection_draws where draw_id = $1 for update")
                .execute(Tuple.of(id)).chain(rows -> {
                    if (rows.rowCount() == 0) {
                        throw Problems.notFound("draw " + id);
                    }
                    Row r = rows.iterator().next();
                    who.requireWritable(r.getString("agency"));
                    if (r.getOffsetDateTime("revealed_at") != null) {
                        throw Problems.ruleViolated("D-PRE-RANDOM", "draw " + id + " was already revealed");
                    }
                    String seed = r.getString("seed");
                    List<RandomDraw.Candidate> targets = RandomDraw.pick(seed, "targets",
                            candidates(r.getJsonArray("entities").encode()), r.getInteger("target_count"));
                    List<RandomDraw.Candidate> inspectors = RandomDraw.pick(seed, "inspectors",
                            candidates(r.getJsonArray("inspectors").encode()), r.getInteger("inspector_count"));
                    ObjectNode data = RegistryEvents.data(id, r.getString("agency")).put("seed", seed)
                            .put("seedHash", r.getString("seed_hash"));
                    data.set("targets", CloudEventCodec.mapper().valueToTree(targets));
                    data.set("inspectors", CloudEventCodec.mapper().valueToTree(inspectors));
                    data.put("at", today.now().toString());
                    return tx.preparedQuery("update inspection_draws set targets = $2, picked = $3, revealed_at = now()"
                                    + " where draw_id = $1")
                            .execute(Tuple.of(id, new JsonArray(data.get("targets").toString()),
                                    new JsonArray(data.get("inspectors").toString())))
                            .chain(() -> outbox.add(tx, RegistryEvents.event(EventTypes.REGISTRY_DRAW_REVEALED, id,
                                    r.getString("agency"), 2, data)))
                            .replaceWith(Map.<String, Object>of("drawId", id, "seed", seed, "targets", targets,
                                    "inspectors", inspectors));
                }))
                .invoke(outbox::committed);
    }

    static List<RandomDraw.Candidate> candidates(String json) {
        try {
            List<RandomDraw.Candidate> out = new ArrayList<>();
            for (JsonNode c : CloudEventCodec.mapper().readTree(json)) {
                out.add(new RandomDraw.Candidate(c.path("id").asText(), c.path("name").asText(), c.path("code").asText()));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
