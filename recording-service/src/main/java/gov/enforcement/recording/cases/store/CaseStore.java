package gov.enforcement.recording.cases.store;

import gov.enforcement.recording.cases.domain.CaseEvent;
import gov.enforcement.recording.cases.domain.CaseEventTypes;
import gov.enforcement.recording.cases.domain.RecordedEvent;

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

    private static final String INSERT_STREAMS = "insert into case_streams (case_id, agency, case_number, category, version)"
            + " select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::bigint[])";
    // in list order, so that each stream's rows (and the audit queue the trigger fills) follow its versions
    private static final String INSERT_EVENTS = "insert into case_events"
            + " (case_id, version, event_id, event_type, data, metadata, recorded_at)"
            + " select c, v, e, t, d::jsonb, m::jsonb, r from unnest($1::uuid[], $2::bigint[], $3::uuid[], $4::text[],"
            + " $5::text[], $6::text[], $7::timestamptz[]) with ordinality as u(c, v, e, t, d, m, r, n) order by n";

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
        return appendAll(tx, caseId, expectedVersion, events, java.util.Collections.nCopies(events.size(), metadata), now);
    }

    /**
     * Opens many new streams with all their events in two statements (heads, events), for an import: the
     * rows are the same as registering and appending one by one would write.
     */
    public Uni<List<RecordedEvent>> startMany(SqlConnection tx, List<List<CaseEvent>> streams,
                                              Map<String, String> metadata, OffsetDateTime now) {
        int cases = streams.size();
        UUID[] caseIds = new UUID[cases];
        String[] agencies = new String[cases];
        String[] numbers = new String[cases];
        String[] categories = new String[cases];
        Long[] versions = new Long[cases];
        List<RecordedEvent> recorded = new ArrayList<>();
        for (int c = 0; c < cases; c++) {
            List<CaseEvent> events = streams.get(c);
            CaseEvent.CaseRegistered first = (CaseEvent.CaseRegistered) events.get(0);
            caseIds[c] = first.caseId();
            agencies[c] = first.agency();
            numbers[c] = first.caseNumber();
            categories[c] = first.category().name();
            versions[c] = (long) events.size();
            for (int v = 0; v < events.size(); v++) {
                recorded.add(recorded(first.caseId(), v + 1, events.get(v), v == 0 ? first.registeredAt() : now));
            }
        }
        String metadataJson = new JsonObject(Map.copyOf(metadata)).encode();
        return tx.preparedQuery(INSERT_STREAMS).execute(Tuple.of(caseIds, agencies, numbers, categories, versions))
                .chain(() -> insertEvents(tx, recorded, i -> metadataJson))
                .replaceWith(recorded);
    }

    /**
     * Appends events after {@code expectedVersion}, each with its own metadata (one batch may carry several
     * callers' steps); a concurrent writer makes this a version conflict and nothing is written.
     */
    public Uni<List<RecordedEvent>> appendAll(SqlConnection tx, UUID caseId, long expectedVersion, List<CaseEvent> events,
                                              List<Map<String, String>> metadata, OffsetDateTime now) {
        long newVersion = expectedVersion + events.size();
        List<RecordedEvent> recorded = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            recorded.add(recorded(caseId, expectedVersion + 1 + i, events.get(i), now));
        }
        return tx.preparedQuery("update case_streams set version = $3, updated_at = now()"
                        + " where case_id = $1 and version = $2")
                .execute(Tuple.of(caseId, expectedVersion, newVersion))
                .chain(updated -> updated.rowCount() == 1
                        ? insertEvents(tx, recorded, i -> new JsonObject(Map.copyOf(metadata.get(i))).encode())
                        .replaceWith(recorded)
                        : currentVersion(tx, caseId).onItem().<List<RecordedEvent>>transformToUni(actual ->
                                Uni.createFrom().failure(Problems.versionConflict(expectedVersion, actual))));
    }

    private static RecordedEvent recorded(UUID caseId, long version, CaseEvent event, OffsetDateTime at) {
        return new RecordedEvent(caseId, version, UUID.randomUUID(), CaseEventTypes.of(event).typeName(), event, at);
    }

    private Uni<Void> insertEvents(SqlConnection tx, List<RecordedEvent> recorded,
                                   java.util.function.IntFunction<String> metadataOf) {
        int n = recorded.size();
        UUID[] caseIds = new UUID[n];
        Long[] versions = new Long[n];
        UUID[] eventIds = new UUID[n];
        String[] types = new String[n];
        String[] data = new String[n];
        String[] metadata = new String[n];
        OffsetDateTime[] times = new OffsetDateTime[n];
        for (int i = 0; i < n; i++) {
            RecordedEvent r = recorded.get(i);
            caseIds[i] = r.caseId();
            versions[i] = r.version();
            eventIds[i] = r.eventId();
            types[i] = r.type();
            data[i] = toJsonText(r.event());
            metadata[i] = metadataOf.apply(i);
            times[i] = r.recordedAt();
        }
        return tx.preparedQuery(INSERT_EVENTS).execute(Tuple.from(List.of(caseIds, versions, eventIds, types, data,
                metadata, times))).replaceWithVoid();
    }

    /** The events of a stream after {@code version}, in order: what a cached state has not seen yet. */
    public Uni<List<RecordedEvent>> loadAfter(SqlConnection tx, UUID caseId, long version) {
        io.vertx.mutiny.sqlclient.SqlClient client = tx == null ? pool : tx;
        return client.preparedQuery("select case_id, version, event_id, event_type, data, recorded_at from case_events"
                        + " where case_id = $1 and version > $2 order by version")
                .execute(Tuple.of(caseId, version))
                .map(rows -> {
                    List<RecordedEvent> events = new ArrayList<>();
                    rows.forEach(row -> events.add(toRecorded(row)));
                    return events;
                });
    }

    public Uni<List<RecordedEvent>> load(UUID caseId) {
        return load(null, caseId);
    }

    /** Reads a stream inside a transaction (tx) or on its own (tx null). */
    public Uni<List<RecordedEvent>> load(SqlConnection tx, UUID caseId) {
        return loadAfter(tx, caseId, 0); // versions start at 1
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
        return new JsonObject(toJsonText(event));
    }

    private String toJsonText(CaseEvent event) {
        try {
            return json.writeValueAsString(event);
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
