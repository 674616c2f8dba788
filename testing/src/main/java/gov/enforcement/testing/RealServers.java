package gov.enforcement.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL and one real Kafka broker for the whole test JVM (random ports, temporary data),
 * started on first use and stopped by a JVM shutdown hook.
 */
public final class RealServers {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private RealServers() {
    }

    /** A new, empty database with a unique name; each Quarkus application under test gets its own. */
    public static String createDatabase() {
        // unique across class loaders and JVMs too: the counter alone restarts in each loader copy
        String name = "test_" + DATABASES.incrementAndGet() + "_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), username(), password());
             Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return name;
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgresPort() + "/" + database;
    }

    /** The form the Vert.x reactive client takes. */
    public static String reactiveUrl(String database) {
        return "postgresql://localhost:" + postgresPort() + "/" + database;
    }

    public static String username() {
        return servers().get(JvmWide.PG_USER);
    }

    public static String password() {
        return servers().get(JvmWide.PG_PASSWORD);
    }

    public static int postgresPort() {
        return Integer.parseInt(servers().get(JvmWide.PG_PORT));
    }

    /** host:port of the broker, for kafka.bootstrap.servers. */
    public static String kafkaBootstrapServers() {
        return servers().get(JvmWide.KAFKA_BOOTSTRAP);
    }

    private static Map<String, String> servers() {
        return JvmWide.servers();
    }
}
