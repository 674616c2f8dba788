package gov.enforcement.disclosure.publicapi;

import com.fasterxml.jackson.databind.JsonNode;
import gov.enforcement.disclosure.records.Today;
import gov.enforcement.events.CloudEventCodec;
import gov.enforcement.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
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

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** D-ONE-ENTRY: the public feed of every publication, correction and withdrawal, and its daily JSON Lines dump. */
@Path("/api/v1/public")
@PermitAll
public class FeedResource {

    static final int MAX_LIMIT = 500;
    public static final String JSON_LINES = "application/jsonl";

    private final Pool pool;
    private final Today today;

    public FeedResource(Pool pool, Today today) {
        this.pool = pool;
        this.today = today;
    }

    @GET
    @Path("/feed")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Feed entries after a sequence number, in order; follow 'next' to continue")
    public Uni<Map<String, Object>> feed(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        long afterSeq = bounded("after", after, 0, Long.MAX_VALUE, 0);
        int max = (int) bounded("limit", limit, 1, MAX_LIMIT, 100);
        return pool.preparedQuery("select seq, kind, version, at, entry::text from public_feed where seq > $1 order by seq limit $2")
                .execute(Tuple.of(afterSeq, max)).map(rows -> {
                    List<JsonNode> entries = new ArrayList<>();
                    long next = afterSeq;
                    for (Row r : rows) {
                        entries.add(tree(entry(r).encode()));
                        next = r.getLong("seq");
                    }
                    Map<String, Object> page = new LinkedHashMap<>();
                    page.put("entries", entries);
                    page.put("next", next);
                    return page;
                });
    }

    @GET
    @Path("/dumps/{date}.jsonl")
    @Produces(JSON_LINES)
    @Operation(summary = "Every feed entry of one day (China Standard Time), one JSON object per line")
    public Uni<Response> dump(@PathParam("date") String date) {
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw Problems.invalidField("date", "must be a valid date (yyyy-mm-dd)");
        }
        if (day.isAfter(today.date()) || day.isBefore(LocalDate.of(2000, 1, 1))) {
            throw Problems.invalidField("date", "must be a day from 2000-01-01 up to today");
        }
        return pool.preparedQuery("select seq, kind, version, at, entry::text from public_feed where day = $1 order by seq")
                .execute(Tuple.of(day)).map(rows -> {
                    StringBuilder out = new StringBuilder();
                    for (Row r : rows) {
                        out.append(entry(r).encode()).append('\n');
                    }
                    return Response.ok(out.toString().getBytes(StandardCharsets.UTF_8), JSON_LINES + "; charset=utf-8")
                            .header("Content-Disposition", "inline; filename=\"" + day + ".jsonl\"").build();
                });
    }

    private static JsonObject entry(Row r) {
        JsonObject stored = new JsonObject(r.getString("entry"));
        JsonObject out = new JsonObject().put("seq", r.getLong("seq")).put("kind", r.getString("kind"))
                .put("version", r.getInteger("version")).put("at", r.getOffsetDateTime("at").toString());
        stored.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static JsonNode tree(String json) {
        try {
            return CloudEventCodec.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long bounded(String field, String value, long min, long max, long fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value);
            if (n < min || n > max) {
                throw Problems.invalidField(field, "must be " + min + " to " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw Problems.invalidField(field, "must be a whole number");
        }
    }
}
