package gov.enforcement.benchmark.baselines;

import gov.enforcement.benchmark.report.Figure;
import gov.enforcement.benchmark.stack.BenchStack;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Raw PostgreSQL on the stack's own server (fsync on): committed single-row inserts with 8 clients (autocommit),
 * and 100-row batch inserts (one transaction per batch), into a scratch table of a scratch database.
 */
public final class PostgresBaseline {

    public static final String SINGLE = "pg.single-row";
    public static final String BATCH = "pg.batch-100";
    static final String DATABASE = "bench_scratch";
    static final int CLIENTS = 8;
    static final int BATCH_ROWS = 100;
    // about the size of a case event row: ids, a type, a small JSON document
    static final String PAYLOAD = "{\"kind\":\"DOCUMENTARY\",\"description\":\"工资支付台账复印件，加盖当事人公章\","
            + "\"certificates\":[\"HB-0001\",\"HB-0002\"]}";

    private final BenchStack stack;

    public PostgresBaseline(BenchStack stack) {
        this.stack = stack;
    }

    public List<Figure> run(Duration warmUp, Duration measure) throws Exception {
        stack.createDatabase(DATABASE);
        try (Connection c = stack.connect(DATABASE); Statement s = c.createStatement()) {
            s.execute("drop table if exists scratch");
            s.execute("create table scratch (id uuid primary key, stream uuid not null, version bigint not null,"
                    + " data jsonb not null, at timestamptz not null default now())");
        }
        double single = rate(warmUp, measure, 1);
        double batch = rate(warmUp, measure, BATCH_ROWS);
        return List.of(
                Figure.of(SINGLE, "PostgreSQL single-row commits, 8 clients", "rows/s", single, null, null)
                        .with("clients", CLIENTS).with("fsync", "on").with("synchronousCommit", "on"),
                Figure.of(BATCH, "PostgreSQL 100-row batch inserts, 8 clients", "rows/s", batch, null, null)
                        .with("clients", CLIENTS).with("rowsPerTransaction", BATCH_ROWS));
    }

    /** Rows per second committed by 8 clients, each committing {@code rowsPerCommit} rows per transaction. */
    private double rate(Duration warmUp, Duration measure, int rowsPerCommit) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        AtomicLong rows = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measure.toNanos();
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(pool.submit(() -> {
                    insertUntil(rowsPerCommit, measureFrom, end, rows);
                    return null;
                }));
            }
            for (Future<?> f : clients) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return rows.get() / (measure.toNanos() / 1e9);
    }

    private void insertUntil(int rowsPerCommit, long measureFrom, long end, AtomicLong rows) throws SQLException {
        try (Connection c = stack.connect(DATABASE);
             PreparedStatement insert = c.prepareStatement("insert into scratch (id, stream, version, data)"
                     + " values (?, ?, ?, ?::jsonb)")) {
            c.setAutoCommit(rowsPerCommit == 1);
            UUID stream = UUID.randomUUID();
            long version = 0;
            while (true) {
                long started = System.nanoTime();
                if (started >= end) {
                    return;
                }
                for (int i = 0; i < rowsPerCommit; i++) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, stream);
                    insert.setLong(3, ++version);
                    insert.setString(4, PAYLOAD);
                    if (rowsPerCommit == 1) {
                        insert.executeUpdate();
                    } else {
                        insert.addBatch();
                    }
                }
                if (rowsPerCommit > 1) {
                    insert.executeBatch();
                    c.commit();
                }
                if (started >= measureFrom && System.nanoTime() <= end) {
                    rows.addAndGet(rowsPerCommit);
                }
            }
        }
    }
}
