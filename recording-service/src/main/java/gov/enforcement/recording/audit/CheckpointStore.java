package gov.enforcement.recording.audit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** audit_checkpoints: the signed tree heads, newest being the largest tree, then the latest signed. */
@ApplicationScoped
public class CheckpointStore {

    private static final String SELECT = "select " + StoredCheckpoint.COLUMNS + " from audit_checkpoints";

    public Uni<Optional<StoredCheckpoint>> latest(SqlClient sql) {
        return sql.query(SELECT + " order by tree_size desc, issued_at desc limit 1").execute().map(CheckpointStore::first);
    }

    /** The latest checkpoint of exactly this size (a tree that did not grow is re-signed now and then). */
    public Uni<Optional<StoredCheckpoint>> ofSize(SqlClient sql, long treeSize) {
        return sql.preparedQuery(SELECT + " where tree_size = $1 order by issued_at desc limit 1")
                .execute(Tuple.of(treeSize)).map(CheckpointStore::first);
    }

    /** Checkpoints with from &lt; tree_size &lt;= to, smallest tree first, then in the order signed. */
    public Uni<List<StoredCheckpoint>> sizesIn(SqlClient sql, long from, long to) {
        return sql.preparedQuery(SELECT + " where tree_size > $1 and tree_size <= $2 order by tree_size, issued_at")
                .execute(Tuple.of(from, to)).map(CheckpointStore::all);
    }

    public Uni<Void> insert(SqlClient sql, StoredCheckpoint c) {
        return sql.preparedQuery("insert into audit_checkpoints (" + StoredCheckpoint.COLUMNS + ")"
                        + " values ($1, $2, $3, $4, $5, $6, $7, $8)")
                .execute(Tuple.from(List.of(c.treeSize(), c.issuedAt(), Db.buffer(c.rootHash()), c.hashAlgorithm(),
                        c.keyId(), c.algorithm(), Db.buffer(c.signature()), c.note())))
                .replaceWithVoid();
    }

    private static Optional<StoredCheckpoint> first(RowSet<Row> rows) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(StoredCheckpoint.read(rows.iterator().next()));
    }

    private static List<StoredCheckpoint> all(RowSet<Row> rows) {
        List<StoredCheckpoint> checkpoints = new ArrayList<>();
        rows.forEach(row -> checkpoints.add(StoredCheckpoint.read(row)));
        return checkpoints;
    }
}
