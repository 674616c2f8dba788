package gov.enforcement.recording.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.enforcement.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The case streams in PostgreSQL: appends with an expected version, reads in order. */
@ApplicationScoped
public class CaseStore {

    private static final String INSERT_EVENT = "insert into case_events"
            + " (case_id, version, event_id, event_type, data, metadata, recorded_at) values ($1, $2, $3, $4, $5, $6, $7)";

    private final Pool pool;
    private final ObjectMapper json;

    public CaseStore(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    /** Opens the stream of a new case with its first event. */
    public Uni<RecordedEvent> start(SqlConnection tx, CaseEvent.CaseRegistered first, Map<String, String> metadata) {
        return tx.preparedQuery("insert into case_streams (case_id, agency, case_number, category, version)"
                        + " values ($1, $2, $3, $4, 1)")
                .execute(Tuple.of(first.caseId(), first.agency(), first.caseNumber(), first.category().name()))
                .chain(() -> insert(tx, first.caseId(), 1, first, metadata, first.registeredAt()));
    }

    /** Appends after {@code expectedVersion}; a concurrent writer makes this a 409. */
    public Uni<List<RecordedEvent>> append(SqlConnection tx, UUID caseId, long expectedVersion, List<CaseEvent> events,
                                           Map<String, String> metadata, OffsetDateTime now) {
        long newVersion = expectedVersion + events.size();
        return tx.preparedQuery("update case_streams set version = $3, updated_at = now()"
                        + " where case_id = $1 and version = $2")
                .execute(Tuple.of(caseId, expectedVersion, newVersion))
                .chain(updated -> updated.rowCount() == 1
                        ? insertAll(tx, caseId, expectedVersion, events, metadata, now)
                        : currentVersion(tx, caseId).onItem().<List<RecordedEvent>>transformToUni(actual ->
                                Uni.createFrom().failure(Problems.versionConflict(expectedVersion, actual))));
    }

    public Uni<List<RecordedEvent>> load(UUID caseId) {
        return load(null, caseId);
    }

    /** Reads a stream inside a transaction (tx) or on its own (tx null). */
    public Uni<List<RecordedEvent>> load(SqlConnection tx, UUID caseId) {
        io.vertx.mutiny.sqlclient.SqlClient client = tx == null ? pool : tx;
        return client.preparedQuery("select case_id, version, event_id, event_type, data, recorded_at from case_events"
                        + " where case_id = $1 order by version")
                .execute(Tuple.of(caseId))
                .map(rows -> {
                    List<RecordedEvent> events = new ArrayList<>();
                    rows.forEach(row -> events.add(toRecorded(row)));
                    return events;
                });
    }

    /** The streams of many cases in one query, each in order: for analyses over a period. */
    public Uni<Map<UUID, List<RecordedEvent>>> loadMany(List<UUID> caseIds) {
        return pool.preparedQuery("select case_id, version, event_id, event_type, data, recorded_at from case_events"
                        + " where case_id = any($1) order by case_id, version")
                .execute(Tuple.of(caseIds.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, List<RecordedEvent>> streams = new java.util.LinkedHashMap<>();
                    rows.forEach(row -> streams.computeIfAbsent(row.getUUID("case_id"), id -> new ArrayList<>())
                            .add(toRecorded(row)));
                    return streams;
                });
    }

    private Uni<List<RecordedEvent>> insertAll(SqlConnection tx, UUID caseId, long after, List<CaseEvent> events,
                                               Map<String, String> metadata, OffsetDateTime now) {
        Uni<List<RecordedEvent>> chain = Uni.createFrom().item(new ArrayList<>());
        for (int i = 0; i < events.size(); i++) {
            long version = after + 1 + i;
            CaseEvent event = events.get(i);
            chain = chain.chain(done -> insert(tx, caseId, version, event, metadata, now).map(recorded -> {
                done.add(recorded);
                return done;
            }));
        }
        return chain;
    }

    private Uni<RecordedEvent> insert(SqlConnection tx, UUID caseId, long version, CaseEvent event,
                                      Map<String, String> metadata, OffsetDateTime now) {
        UUID eventId = UUID.randomUUID();
        String type = CaseEventTypes.of(event).typeName();
        return tx.preparedQuery(INSERT_EVENT)
                .execute(Tuple.from(List.of(caseId, version, eventId, type, toJson(event),
                        new JsonObject(Map.copyOf(metadata)), now)))
                .replaceWith(new RecordedEvent(caseId, version, eventId, type, event, now));
    }

    private JsonObject toJson(CaseEvent event) {
        try {
            return new JsonObject(json.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + event, e);
        }
    }

    private Uni<Long> currentVersion(SqlConnection tx, UUID caseId) {
        return tx.preparedQuery("select version from case_streams where case_id = $1").execute(Tuple.of(caseId))
                .map(rows -> rows.rowCount() == 0 ? 0L : rows.iterator().next().getLong(0));
    }

    private RecordedEvent toRecorded(Row row) {
        String type = row.getString("event_type");
        try {
            CaseEvent event = json.treeToValue(json.readTree(row.getJsonObject("data").encode()),
                    CaseEventTypes.classOf(type));
            return new RecordedEvent(row.getUUID("case_id"), row.getLong("version"), row.getUUID("event_id"), type,
                    event, row.getOffsetDateTime("recorded_at"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event " + row.getUUID("event_id") + " cannot be read", e);
        }
    }
}
