package gov.enforcement.recording.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.enforcement.audit.archive.CaseArchive;
import gov.enforcement.audit.leaf.Leaves;
import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.Caller;
import gov.enforcement.recording.audit.AuditProofs;
import gov.enforcement.recording.audit.SigningKeys;
import gov.enforcement.recording.audit.StoredCheckpoint;
import gov.enforcement.recording.audit.access.AccessLog;
import gov.enforcement.recording.audit.access.AccessRecord;
import gov.enforcement.recording.cases.CaseCommands;
import gov.enforcement.recording.cases.domain.CaseState;
import gov.enforcement.recording.cases.domain.CaseStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * R-ARCHIVE: exports an archived case as a self-contained package that {@code ArchiveVerifier} checks offline.
 * The export is a read of the case file, so it is recorded in the access log like any other.
 */
@ApplicationScoped
public class ArchiveExporter {

    private static final Base64.Encoder BASE64 = Base64.getEncoder();

    private final Pool pool;
    private final CaseCommands cases;
    private final AuditProofs proofs;
    private final SigningKeys keys;
    private final AccessLog accessLog;
    private final ObjectMapper json;

    public ArchiveExporter(Pool pool, CaseCommands cases, AuditProofs proofs, SigningKeys keys, AccessLog accessLog,
                           ObjectMapper json) {
        this.pool = pool;
        this.cases = cases;
        this.proofs = proofs;
        this.keys = keys;
        this.accessLog = accessLog;
        this.json = json;
    }

    public Uni<CaseArchive> export(UUID caseId, Caller reader, String purpose) {
        if (purpose == null || purpose.isBlank() || purpose.length() > 200) {
            throw Problems.ruleViolated("R-ACCESS", "purpose", "an export is a read of the case file and needs a stated purpose");
        }
        return cases.current(caseId).chain(state -> {
            if (!state.exists()) {
                throw Problems.notFound("case " + caseId);
            }
            reader.requireAgency(state.agency());
            if (state.status() != CaseStatus.ARCHIVED) {
                throw Problems.ruleViolated("R-ARCHIVE", "only an archived case is exported; the case is " + state.status());
            }
            return proofs.latestCheckpoint().chain(head -> events(caseId, head.treeSize())
                    .chain(events -> keys.published(pool).map(published -> archive(state, head, events, published))))
                    .call(archive -> pool.withTransaction(tx -> accessLog.record(tx,
                            AccessRecord.of(reader, caseId, purpose.strip(), "archive export"))));
        });
    }

    private Uni<List<CaseArchive.Event>> events(UUID caseId, long treeSize) {
        return pool.preparedQuery("select version, event_id, event_type, recorded_at, data::text as data from case_events"
                        + " where case_id = $1 order by version").execute(Tuple.of(caseId))
                .chain(rows -> {
                    List<Row> list = new ArrayList<>();
                    rows.forEach(list::add);
                    Uni<List<CaseArchive.Event>> chain = Uni.createFrom().item(new ArrayList<>());
                    for (Row row : list) {
                        chain = chain.chain(done -> proofs.inclusionUnder(row.getUUID("event_id"), treeSize).map(inclusion -> {
                            done.add(new CaseArchive.Event(row.getLong("version"), row.getUUID("event_id").toString(),
                                    row.getString("event_type"), Leaves.time(row.getOffsetDateTime("recorded_at")),
                                    tree(row.getString("data")), inclusion.leafIndex(),
                                    inclusion.path().stream().map(BASE64::encodeToString).toList()));
                            return done;
                        }));
                    }
                    return chain;
                });
    }

    private CaseArchive archive(CaseState state, StoredCheckpoint head, List<CaseArchive.Event> events,
                                List<SigningKeys.PublishedKey> published) {
        List<CaseArchive.Evidence> evidence = events.stream().filter(e -> e.type().endsWith(".AudioVisualRecorded.v1"))
                .map(e -> new CaseArchive.Evidence(e.data().path("evidenceId").asText(null), e.data().path("sha256").asText(),
                        e.data().path("size").isNumber() ? e.data().path("size").asLong() : null,
                        e.data().path("mediaType").asText(null), e.data().path("forStep").asText(null)))
                .toList();
        // the archiving step's own data: steps may follow it (an interference is recorded at any time)
        var archived = events.stream().filter(e -> e.type().endsWith(".CaseArchived.v1")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("an archived case without CaseArchived")).data();
        return new CaseArchive(CaseArchive.FORMAT, state.caseId().toString(), state.caseNumber(), state.agency(),
                archived.path("retentionClass").asText(null),
                archived.path("retentionYears").isNumber() ? archived.path("retentionYears").asInt() : null,
                OffsetDateTime.now(ZoneOffset.UTC).toString(), head.hashAlgorithm(),
                new CaseArchive.Head(head.treeSize(), BASE64.encodeToString(head.rootHash()), head.note()),
                published.stream().map(k -> new CaseArchive.Key(k.keyId(), k.keyName(), k.algorithm().id(), k.publicKeyPem()))
                        .toList(),
                events, evidence);
    }

    private com.fasterxml.jackson.databind.JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored event is not JSON", e);
        }
    }
}
