package gov.enforcement.recording.casefile;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.enforcement.platform.identity.ResidentIdNumber;
import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.Caller;
import gov.enforcement.recording.audit.access.AccessLog;
import gov.enforcement.recording.audit.access.AccessRecord;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads case files. Each read is recorded in the access log in the same transaction (R-ACCESS), so no
 * record leaves the service without a trace of who read it and why.
 */
@ApplicationScoped
public class CaseFileReader {

    private static final String EVENTS = "select e.case_id, e.version, e.event_id, e.event_type, e.recorded_at,"
            + " e.metadata ->> 'actor' as actor, e.data::text as data, s.agency from case_events e"
            + " join case_streams s on s.case_id = e.case_id where e.case_id = any($1) order by e.case_id, e.version";
    private static final String CASES_OF_PARTY = "select case_id from case_events"
            + " where event_type = 'gov.enforcement.case.CaseRegistered.v1' and (data -> 'parties') @> $1";

    private final Pool pool;
    private final AccessLog accessLog;
    private final ObjectMapper json;

    public CaseFileReader(Pool pool, AccessLog accessLog, ObjectMapper json) {
        this.pool = pool;
        this.accessLog = accessLog;
        this.json = json;
    }

    /** The whole file of one case, in order. */
    public Uni<List<CaseFileEntry>> caseFile(UUID caseId, Caller reader, String purpose) {
        String why = requirePurpose(purpose);
        return pool.withTransaction(tx -> read(tx, List.of(caseId)).chain(rows -> {
            if (rows.isEmpty()) {
                throw Problems.notFound("case " + caseId);
            }
            reader.requireAgency(rows.get(0).agency());
            return accessLog.record(tx, AccessRecord.of(reader, caseId, why, "case file"))
                    .replaceWith(rows.stream().map(AgencyEntry::entry).toList());
        }));
    }

    /** R-LINK: every record of one party (resident ID number or credit code) across the reader's cases. */
    public Uni<List<CaseFileEntry>> partyRecords(String partyId, Caller reader, String purpose) {
        String why = requirePurpose(purpose);
        String field = ResidentIdNumber.isValid(partyId) ? "idNumber" : "creditCode";
        // bound as JSON, not as a string, so that @> compares structures
        JsonArray containment = new JsonArray().add(new JsonObject().put(field, partyId));
        return pool.withTransaction(tx -> tx.preparedQuery(CASES_OF_PARTY).execute(Tuple.of(containment))
                .chain(cases -> read(tx, ids(cases)))
                .chain(rows -> {
                    List<AgencyEntry> visible = rows.stream()
                            .filter(r -> reader.seesAllAgencies() || r.agency().equals(reader.agency())).toList();
                    Set<UUID> read = new LinkedHashSet<>();
                    visible.forEach(r -> read.add(r.entry().caseId()));
                    Uni<Void> logged = Uni.createFrom().voidItem();
                    for (UUID caseId : read) {
                        logged = logged.call(() -> accessLog.record(tx,
                                AccessRecord.of(reader, caseId, why, "party records of " + partyId)));
                    }
                    return logged.replaceWith(visible.stream().map(AgencyEntry::entry).toList());
                }));
    }

    private Uni<List<AgencyEntry>> read(SqlConnection tx, List<UUID> caseIds) {
        return tx.preparedQuery(EVENTS).execute(Tuple.of(caseIds.toArray(UUID[]::new))).map(this::entries);
    }

    private List<AgencyEntry> entries(RowSet<Row> rows) {
        List<AgencyEntry> entries = new ArrayList<>();
        for (Row row : rows) {
            try {
                entries.add(new AgencyEntry(row.getString("agency"), new CaseFileEntry(row.getUUID("case_id"),
                        row.getLong("version"), row.getUUID("event_id"), shortType(row.getString("event_type")),
                        row.getOffsetDateTime("recorded_at"), row.getString("actor"), json.readTree(row.getString("data")))));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("stored event " + row.getUUID("event_id") + " is not JSON", e);
            }
        }
        return entries;
    }

    private static List<UUID> ids(RowSet<Row> rows) {
        List<UUID> ids = new ArrayList<>();
        rows.forEach(row -> ids.add(row.getUUID("case_id")));
        return ids;
    }

    private static String shortType(String typeName) {
        String[] parts = typeName.split("\\.");
        return parts.length >= 2 ? parts[parts.length - 2] : typeName;
    }

    private static String requirePurpose(String purpose) {
        if (purpose == null || purpose.isBlank() || purpose.length() > 200) {
            throw Problems.ruleViolated("R-ACCESS", "purpose", "reading a case file needs a stated purpose (1 to 200 characters)");
        }
        return purpose.strip();
    }

    private record AgencyEntry(String agency, CaseFileEntry entry) {
    }
}
