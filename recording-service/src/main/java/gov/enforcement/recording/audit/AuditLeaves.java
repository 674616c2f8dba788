package gov.enforcement.recording.audit;

import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.Caller;
import gov.enforcement.recording.audit.access.AccessLog;
import gov.enforcement.recording.audit.access.AccessRecord;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The canonical bytes of one leaf, for an auditor who wants to recompute it: they contain case data, so
 * the read is itself recorded in the access log (R-ACCESS), in the same transaction.
 */
@ApplicationScoped
public class AuditLeaves {

    private static final String LEAF = "select l.leaf_index, l.leaf_hash, l.kind, l.ref_id, " + LeafSources.COLUMNS
            + " from audit_leaves l" + LeafSources.joins("l") + " where l.ref_id = $1";

    private final Pool pool;
    private final AccessLog accessLog;
    private final AuditSequencer sequencer;

    public AuditLeaves(Pool pool, AccessLog accessLog, AuditSequencer sequencer) {
        this.pool = pool;
        this.accessLog = accessLog;
        this.sequencer = sequencer;
    }

    public Uni<AuditViews.LeafView> read(UUID refId, Caller reader, String purpose) {
        return pool.withTransaction(tx -> tx.preparedQuery(LEAF).execute(Tuple.of(refId)).chain(rows -> {
                    if (rows.size() == 0) {
                        throw Problems.notFound("leaf of " + refId);
                    }
                    Row row = rows.iterator().next();
                    LeafSources.Source source = LeafSources.read(row);
                    if (source.missing()) {
                        throw Problems.notFound("the " + source.kind() + " row of leaf " + row.getLong("leaf_index"));
                    }
                    AuditViews.LeafView view = new AuditViews.LeafView(refId, source.kind(), source.caseId(),
                            row.getLong("leaf_index"), AuditViews.b64(row.getBuffer("leaf_hash").getBytes()),
                            AuditViews.b64(source.bytes()), new String(source.bytes(), StandardCharsets.UTF_8));
                    return accessLog.record(tx, AccessRecord.of(reader, source.caseId(), purpose, "audit leaf " + refId))
                            .replaceWith(view);
                }))
                .invoke(sequencer::wakeUp);
    }
}
