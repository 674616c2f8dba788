package gov.enforcement.recording.audit;

import gov.enforcement.audit.merkle.MerkleHashing;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/**
 * GET /audit/verify: recomputes the log from the rows in one consistent snapshot (repeatable read), so the
 * sequencer appending meanwhile neither disturbs nor is disturbed. Blocking: call it from a worker thread.
 */
@ApplicationScoped
public class AuditVerifier {

    private static final String SNAPSHOT = "isolation level repeatable read read only";

    private final Pool pool;
    private final TreeStore trees;
    private final CheckpointStore checkpoints;
    private final SigningKeys keys;
    private final AuditConfig config;

    public AuditVerifier(Pool pool, TreeStore trees, CheckpointStore checkpoints, SigningKeys keys, AuditConfig config) {
        this.pool = pool;
        this.trees = trees;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.config = config;
    }

    public VerifyReport verifyLog() {
        return Db.inTransaction(pool, SNAPSHOT, tx -> new LogVerification(tx, trees, checkpoints, checkpointCheck(tx),
                hashing()).run());
    }

    /** Empty when nothing is known of the case. */
    public Optional<VerifyReport> verifyCase(UUID caseId) {
        return Db.inTransaction(pool, SNAPSHOT, tx -> new CaseVerification(tx, trees, checkpoints, checkpointCheck(tx),
                hashing()).run(caseId));
    }

    private CheckpointCheck checkpointCheck(SqlConnection tx) {
        return new CheckpointCheck(keys.published(tx).await().atMost(Db.TIMEOUT), config.hashAlgorithm().id());
    }

    private MerkleHashing hashing() {
        return new MerkleHashing(config.hashAlgorithm());
    }
}
