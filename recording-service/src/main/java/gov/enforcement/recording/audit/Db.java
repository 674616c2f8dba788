package gov.enforcement.recording.audit;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Blocking transactions over the reactive pool, for the audit log's own threads (sequencer, scheduler,
 * verification): hashing then happens on those threads, never on an event loop.
 */
final class Db {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Db() {
    }

    static <T> T inTransaction(Pool pool, Function<SqlConnection, T> work) {
        return inTransaction(pool, null, work);
    }

    /** Runs {@code work} in a transaction opened with {@code setTransaction} (e.g. an isolation level). */
    static <T> T inTransaction(Pool pool, String setTransaction, Function<SqlConnection, T> work) {
        SqlConnection connection = pool.getConnection().await().atMost(TIMEOUT);
        try {
            Transaction tx = connection.begin().await().atMost(TIMEOUT);
            try {
                if (setTransaction != null) {
                    connection.query("set transaction " + setTransaction).execute().await().atMost(TIMEOUT);
                }
                T result = work.apply(connection);
                tx.commit().await().atMost(TIMEOUT);
                return result;
            } catch (RuntimeException e) {
                try {
                    tx.rollback().await().atMost(TIMEOUT);
                } catch (RuntimeException ignored) {
                    // the connection is closed below; the server rolls back anyway
                }
                throw e;
            }
        } finally {
            connection.close().await().atMost(TIMEOUT);
        }
    }

    /** {@code pg_try_advisory_xact_lock}: true when this transaction is the one holder of {@code lock}. */
    static boolean tryLock(SqlConnection connection, long lock) {
        return connection.preparedQuery("select pg_try_advisory_xact_lock($1)").execute(Tuple.of(lock))
                .await().atMost(TIMEOUT).iterator().next().getBoolean(0);
    }

    static io.vertx.core.buffer.Buffer[] buffers(List<byte[]> values) {
        return values.stream().map(io.vertx.core.buffer.Buffer::buffer).toArray(io.vertx.core.buffer.Buffer[]::new);
    }

    static io.vertx.core.buffer.Buffer buffer(byte[] value) {
        return io.vertx.core.buffer.Buffer.buffer(value);
    }
}
