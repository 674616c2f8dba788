package gov.enforcement.recording.audit.access;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * R-ACCESS: writes an access record in the caller's transaction, so that a read of a case file and its
 * record commit together. The database enqueues it for the audit log, where it becomes a leaf.
 */
@ApplicationScoped
public class AccessLog {

    private static final String INSERT = "insert into access_log (access_id, case_id, actor, agency, roles, purpose, what, at)"
            + " values ($1, $2, $3, $4, $5, $6, $7, $8)";

    public Uni<Void> record(SqlConnection tx, AccessRecord r) {
        return tx.preparedQuery(INSERT)
                .execute(Tuple.tuple().addUUID(r.accessId()).addUUID(r.caseId()).addString(r.actor())
                        .addString(r.agency()).addString(r.rolesText()).addString(r.purpose()).addString(r.what())
                        .addOffsetDateTime(r.at()))
                .replaceWithVoid();
    }
}
