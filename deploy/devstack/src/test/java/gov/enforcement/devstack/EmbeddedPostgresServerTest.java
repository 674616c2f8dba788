package gov.enforcement.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedPostgresServerTest {

    @TempDir
    Path tmp;

    @Test
    void temporaryServerRunsSqlWithDurableSettingsAndCleansUp() throws Exception {
        Path dataDir;
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.temporary().start()) {
            pg.createDatabaseIfMissing("app");
            pg.createDatabaseIfMissing("app"); // idempotent
            try (Connection c = connect(pg, "app")) {
                assertEquals("1", query(c, "select 1"));
                // zonky defaults to fsync off and synchronous_commit off; the server must not
                assertEquals("on", query(c, "show fsync"));
                assertEquals("on", query(c, "show synchronous_commit"));
                assertEquals("UTF8", query(c, "show server_encoding"));
                // PostgreSQL's own C.UTF-8 (builtin provider): the same sorting and case rules on every machine
                assertEquals("b", query(c, "select datlocprovider from pg_database where datname = current_database()"));
                assertTrue(query(c, "select version()").startsWith("PostgreSQL 18"));
            }
            assertEquals("postgresql://localhost:" + pg.port() + "/app", pg.reactiveUrl("app"));
            dataDir = pg.dataDirectory();
            assertTrue(Files.exists(dataDir.resolve("PG_VERSION")));
        }
        assertFalse(Files.exists(dataDir), "a temporary data directory is deleted on close");
    }

    @Test
    void persistentDataSurvivesARestartWithoutInitdb() throws Exception {
        Path data = tmp.resolve("pgdata");
        try (EmbeddedPostgresServer first = new EmbeddedPostgresServer(0, data, null).start()) {
            first.createDatabaseIfMissing("records");
            try (Connection c = connect(first, "records"); Statement s = c.createStatement()) {
                s.execute("create table kept (id int primary key, note text)");
                s.execute("insert into kept values (1, '执法全过程记录')");
            }
        }
        assertTrue(Files.exists(data.resolve("PG_VERSION")), "persistent data stays after close");
        try (EmbeddedPostgresServer second = new EmbeddedPostgresServer(0, data, null).start()) {
            second.createDatabaseIfMissing("records"); // already there: no error
            try (Connection c = connect(second, "records")) {
                assertEquals("执法全过程记录", query(c, "select note from kept where id = 1"));
            }
        }
    }

    @Test
    void aDataDirectoryInUseIsRefusedWithoutHarmingItsServer() throws Exception {
        Path data = tmp.resolve("shared");
        try (EmbeddedPostgresServer owner = new EmbeddedPostgresServer(0, data, null).start()) {
            EmbeddedPostgresServer intruder = new EmbeddedPostgresServer(0, data, null);
            assertThrows(RuntimeException.class, intruder::start);
            try (Connection c = connect(owner, "postgres")) {
                assertEquals("1", query(c, "select 1"));
            }
        }
    }

    @Test
    void anImmediateStopKeepsCommitsAndTheServerComesBackOnItsPort() throws Exception {
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.temporary().start()) {
            int port = pg.port();
            long postmaster = Long.parseLong(Files.readAllLines(pg.dataDirectory().resolve("postmaster.pid")).get(0).trim());
            try (Connection c = connect(pg, "postgres"); Statement s = c.createStatement()) {
                s.execute("create table crashed (note text)");
                s.execute("insert into crashed values ('committed before the crash')");
            }
            Connection open = connect(pg, "postgres");
            pg.stopImmediately();
            assertFalse(pg.isRunning());
            assertFalse(alive(postmaster), "the postmaster is gone");
            assertThrows(SQLException.class, () -> query(open, "select 1"), "clients are cut off");
            open.close();

            pg.start();
            assertEquals(port, pg.port(), "the same port, so that clients reconnect");
            try (Connection c = connect(pg, "postgres")) {
                assertEquals("committed before the crash", query(c, "select note from crashed"));
            }
            assertTrue(Files.readString(pg.logFile()).contains("not properly shut down"),
                    "the restart ran crash recovery, so the stop was a real crash");
        }
    }

    @Test
    void aPostmasterOrphanedByAKilledLauncherIsStoppedAndItsCommitsKept() throws Exception {
        Path data = tmp.resolve("orphaned");
        Process launcher = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                PostgresLauncherForTests.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        long postmasterPid;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("READY")) {
                // skip the launcher's other output
            }
            assertTrue(line != null, "the launcher did not report READY");
            launcher.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9: no shutdown hook runs
        }
        postmasterPid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        try {
            assertTrue(alive(postmasterPid), "pg_ctl detaches PostgreSQL, so it outlives a killed launcher");
            try (EmbeddedPostgresServer next = new EmbeddedPostgresServer(0, data, null).start()) {
                assertFalse(alive(postmasterPid), "the orphan was stopped before the new start");
                try (Connection c = connect(next, "postgres")) {
                    assertEquals("committed before the crash", query(c, "select note from crash_test"));
                }
            }
        } finally {
            if (alive(postmasterPid)) { // the test failed: leave no server behind
                new ProcessBuilder("kill", "-INT", Long.toString(postmasterPid)).start().waitFor();
            }
        }
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static Connection connect(EmbeddedPostgresServer pg, String db) throws SQLException {
        return DriverManager.getConnection(pg.jdbcUrl(db), pg.username(), pg.password());
    }

    static String query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }
}
