package gov.enforcement.recording.audit;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * At start (after the migrations): binds the log to its hash algorithm or refuses to start with another,
 * loads the signing key (failing fast on a bad one) and the latest checkpoint's time (for its gauge), then starts
 * the sequencer.
 */
@ApplicationScoped
class AuditStartup {

    private final Pool pool;
    private final TreeStore trees;
    private final SigningKeys keys;
    private final AuditSequencer sequencer;
    private final AuditConfig config;
    private final CheckpointStore checkpoints;
    private final CheckpointAge age;

    AuditStartup(Pool pool, TreeStore trees, SigningKeys keys, AuditSequencer sequencer, AuditConfig config,
                 CheckpointStore checkpoints, CheckpointAge age) {
        this.pool = pool;
        this.trees = trees;
        this.keys = keys;
        this.sequencer = sequencer;
        this.config = config;
        this.checkpoints = checkpoints;
        this.age = age;
    }

    void onStart(@Observes StartupEvent start) {
        trees.claim(pool, config.hashAlgorithm()).await().atMost(Db.TIMEOUT);
        keys.load();
        age.load(pool, checkpoints);
        sequencer.start();
    }
}
