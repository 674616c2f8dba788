package gov.enforcement.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Points the application under test at the JVM's real PostgreSQL (a fresh database per application) and
 * Kafka, and configures JWT verification like {@link JwtKeysResource}.
 *
 * <p>Use: {@code @QuarkusTest @WithTestResource(RealServersResource.class)}.
 */
public class RealServersResource implements QuarkusTestResourceLifecycleManager {

    // a system property, not a static field: tests and resources may live in different class loaders
    private static final String CURRENT_DATABASE = "gov.enforcement.testing.current-database";

    @Override
    public Map<String, String> start() {
        String database = RealServers.createDatabase();
        System.setProperty(CURRENT_DATABASE, database);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.username", RealServers.username());
        config.put("quarkus.datasource.password", RealServers.password());
        config.put("quarkus.datasource.jdbc.url", RealServers.jdbcUrl(database));
        config.put("quarkus.datasource.reactive.url", RealServers.reactiveUrl(database));
        config.put("kafka.bootstrap.servers", RealServers.kafkaBootstrapServers());
        // the real servers above replace what Dev Services would start (they would need Docker)
        config.put("quarkus.devservices.enabled", "false");
        // a random HTTP port: two test runs (or a running stack on 8080-8083) must never collide
        config.put("quarkus.http.test-port", "0");
        config.putAll(new JwtKeysResource().start());
        return config;
    }

    @Override
    public void stop() {
        // the servers are JVM-wide and stop with the JVM; the database is left for post-mortems
    }

    /** The broker's host:port, for tests that produce or consume directly. */
    public static String kafkaBootstrapServers() {
        return RealServers.kafkaBootstrapServers();
    }

    /** The database of the application currently under test. */
    public static String database() {
        String database = System.getProperty(CURRENT_DATABASE);
        if (database == null) {
            throw new IllegalStateException("no application has been started with RealServersResource yet");
        }
        return database;
    }

    /** JDBC URL of {@link #database()}, for tests that look at (or tamper with) the rows directly. */
    public static String jdbcUrl() {
        return RealServers.jdbcUrl(database());
    }

    public static String username() {
        return RealServers.username();
    }

    public static String password() {
        return RealServers.password();
    }
}
