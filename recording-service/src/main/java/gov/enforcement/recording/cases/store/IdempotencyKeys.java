package gov.enforcement.recording.cases.store;

import gov.enforcement.recording.cases.domain.StepAppended;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.Caller;
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

/**
 * Stores the first answer to each (agency, actor, Idempotency-Key) in the append's own transaction. A subject
 * is unique only within its agency's identity provider, so the agency is part of the key: the same user name
 * at another agency is another caller.
 */
@ApplicationScoped
public class IdempotencyKeys {

    private static final int MAX_KEY_LENGTH = 200;

    private final ObjectMapper json;

    public IdempotencyKeys(ObjectMapper json) {
        this.json = json;
    }

    public static void requireWellFormed(String key) {
        if (key != null && (key.isBlank() || key.length() > MAX_KEY_LENGTH)) {
            throw Problems.invalidField("Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
    }

    /** The stored answer for a retry; a different request under the same key is refused. */
    public <T> Uni<Optional<T>> find(SqlConnection tx, Caller caller, String key, String requestHash, Class<T> answerType) {
        return tx.preparedQuery("select request_hash, response from idempotency_keys"
                        + " where agency = $1 and actor = $2 and key = $3")
                .execute(Tuple.of(agencyOf(caller), caller.subject(), key))
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

    /** The stored answers of several (caller, key) pairs in one query, keyed by {@link #id}. */
    public Uni<Map<String, Stored>> findAll(SqlConnection tx, List<Caller> callers, List<String> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return tx.preparedQuery("select i.agency, i.actor, i.key, i.request_hash, i.response from idempotency_keys i"
                        + " join unnest($1::text[], $2::text[], $3::text[]) as k(agency, actor, key)"
                        + " on i.agency = k.agency and i.actor = k.actor and i.key = k.key")
                .execute(Tuple.of(callers.stream().map(IdempotencyKeys::agencyOf).toArray(String[]::new),
                        callers.stream().map(Caller::subject).toArray(String[]::new), keys.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, Stored> found = new HashMap<>();
                    rows.forEach(row -> found.put(id(row.getString("agency"), row.getString("actor"), row.getString("key")),
                            new Stored(row.getString("request_hash"), read(row.getJsonObject("response"), StepAppended.class))));
                    return found;
                });
    }

    /** The map key of a caller's Idempotency-Key. */
    public static String id(Caller caller, String key) {
        return id(agencyOf(caller), caller.subject(), key);
    }

    private static String id(String agency, String actor, String key) {
        return agency + "\u0000" + actor + "\u0000" + key;
    }

    /** Officers always have an agency; "" stands for none, as the column is part of the primary key. */
    private static String agencyOf(Caller caller) {
        return caller.agency() == null ? "" : caller.agency();
    }

    private <T> T read(JsonObject stored, Class<T> answerType) {
        try {
            return json.readValue(stored.encode(), answerType);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored answer is not a " + answerType.getSimpleName(), e);
        }
    }

    /** @param caseId the case the key's request wrote to (the first one, for an import) */
    public Uni<Void> remember(SqlConnection tx, Caller caller, String key, UUID caseId, String requestHash,
                              Object answer) {
        return tx.preparedQuery("insert into idempotency_keys (agency, actor, key, case_id, request_hash, response)"
                        + " values ($1, $2, $3, $4, $5, $6)")
                .execute(Tuple.from(List.of(agencyOf(caller), caller.subject(), key, caseId, requestHash,
                        new JsonObject(json.convertValue(answer, java.util.Map.class)))))
                .replaceWithVoid();
    }
}
