package gov.enforcement.recording.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.enforcement.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Stores the first answer to each (actor, Idempotency-Key) in the append's own transaction. */
@ApplicationScoped
public class IdempotencyKeys {

    private static final int MAX_KEY_LENGTH = 200;

    private final ObjectMapper json;

    public IdempotencyKeys(ObjectMapper json) {
        this.json = json;
    }

    static void requireWellFormed(String key) {
        if (key != null && (key.isBlank() || key.length() > MAX_KEY_LENGTH)) {
            throw Problems.invalidField("Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
    }

    /** The stored answer for a retry; a different request under the same key is refused. */
    public Uni<Optional<StepAppended>> find(SqlConnection tx, String actor, String key, String requestHash) {
        return find(tx, actor, key, requestHash, StepAppended.class);
    }

    /** As above, for any kind of answer (an import's). */
    public <T> Uni<Optional<T>> find(SqlConnection tx, String actor, String key, String requestHash, Class<T> answerType) {
        return tx.preparedQuery("select request_hash, response from idempotency_keys where actor = $1 and key = $2")
                .execute(Tuple.of(actor, key))
                .map(rows -> {
                    if (rows.rowCount() == 0) {
                        return Optional.empty();
                    }
                    var row = rows.iterator().next();
                    if (!row.getString("request_hash").equals(requestHash)) {
                        throw Problems.conflict("Idempotency-Key " + key + " was used for a different request");
                    }
                    return Optional.of(read(row.getJsonObject("response"), answerType));
                });
    }

    /** A first answer stored under a key, with the hash of the request that earned it. */
    public record Stored(String requestHash, StepAppended answer) {
    }

    /** The stored answers of several (actor, key) pairs in one query, keyed by {@link #id}. */
    public Uni<Map<String, Stored>> findAll(SqlConnection tx, List<String> actors, List<String> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return tx.preparedQuery("select i.actor, i.key, i.request_hash, i.response from idempotency_keys i"
                        + " join unnest($1::text[], $2::text[]) as k(actor, key) on i.actor = k.actor and i.key = k.key")
                .execute(Tuple.of(actors.toArray(String[]::new), keys.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, Stored> found = new HashMap<>();
                    rows.forEach(row -> found.put(id(row.getString("actor"), row.getString("key")),
                            new Stored(row.getString("request_hash"), read(row.getJsonObject("response"), StepAppended.class))));
                    return found;
                });
    }

    static String id(String actor, String key) {
        return actor + "\u0000" + key;
    }

    private <T> T read(JsonObject stored, Class<T> answerType) {
        try {
            return json.readValue(stored.encode(), answerType);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored answer is not a " + answerType.getSimpleName(), e);
        }
    }

    /** @param caseId the case the key's request wrote to (the first one, for an import) */
    public Uni<Void> remember(SqlConnection tx, String actor, String key, UUID caseId, String requestHash,
                              Object answer) {
        return tx.preparedQuery("insert into idempotency_keys (actor, key, case_id, request_hash, response)"
                        + " values ($1, $2, $3, $4, $5)")
                .execute(Tuple.of(actor, key, caseId, requestHash, new JsonObject(json.convertValue(answer, java.util.Map.class))))
                .replaceWithVoid();
    }
}
