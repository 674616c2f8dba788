package gov.enforcement.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

/** Direct SQL against the database of the service under test, to check what was (not) written. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(RealServersResource.jdbcUrl(), RealServersResource.username(),
                RealServersResource.password());
    }

    /** The single number a {@code select count(*)…} answers. */
    public static long count(String query) {
        try (Connection db = connect(); Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    /** The single text value a query answers (null when it answers no row). */
    public static String text(String query) {
        try (Connection db = connect(); Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    /** Waits until the count reaches {@code expected}, for effects of asynchronous consumers. */
    public static void awaitCount(String query, long expected, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (count(query) != expected && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + query);
            }
        }
        long actual = count(query);
        if (actual != expected) {
            throw new AssertionError(query + ": expected " + expected + " but was " + actual + " after " + timeout);
        }
    }
}
