package gov.enforcement.devstack;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/** A stand-in for a launcher that gets killed: starts PostgreSQL, commits a row, reports READY, waits. */
public final class PostgresLauncherForTests {

    private PostgresLauncherForTests() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer pg = new EmbeddedPostgresServer(0, Path.of(args[0]), null).start();
        try (Connection c = EmbeddedPostgresServerTest.connect(pg, "postgres"); Statement s = c.createStatement()) {
            s.execute("create table crash_test (note text)");
            s.execute("insert into crash_test values ('committed before the crash')");
        }
        System.out.println("READY " + pg.port());
        System.out.flush();
        Thread.sleep(120_000); // killed long before this
    }
}
