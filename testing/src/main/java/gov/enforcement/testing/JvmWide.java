package gov.enforcement.testing;

import gov.enforcement.devstack.EmbeddedKafkaServer;
import gov.enforcement.devstack.EmbeddedPostgresServer;
import gov.enforcement.devstack.JwtKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The state that must exist once per test JVM: the servers and the key pair.
 *
 * <p>Quarkus loads test resources and tests through class loaders of its own, one set per application it
 * starts, and closes them when that application stops. State kept in their static fields would be
 * duplicated, and an in-process Kafka broker started from them would later fail to load its classes. So
 * the work is always done by the copy of this class in the system class loader, which lives as long as
 * the JVM; other copies reach it by reflection and exchange only JDK types.
 */
final class JvmWide {

    static final String PG_PORT = "pg.port";
    static final String PG_USER = "pg.user";
    static final String PG_PASSWORD = "pg.password";
    static final String KAFKA_BOOTSTRAP = "kafka.bootstrap";
    static final String PRIVATE_KEY = "jwt.private";
    static final String PUBLIC_KEY = "jwt.public";

    // held strongly: a java.util.logging logger nobody references may be collected, and its level with it
    private static final List<Logger> QUIETED = new ArrayList<>();

    private static Map<String, String> servers;
    private static Map<String, String> keys;

    private JvmWide() {
    }

    // per class-loader copy: saves the reflective round trip on every RealServers call
    private static volatile Map<String, String> knownServers;

    /** PostgreSQL and Kafka connection facts, starting both on first call. */
    static Map<String, String> servers() {
        Map<String, String> known = knownServers;
        if (known == null) {
            known = call("startServers");
            knownServers = known;
        }
        return known;
    }

    /** Paths of the test key pair, generating it on first call. */
    static Map<String, String> keys() {
        return call("generateKeys");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> call(String method) {
        ClassLoader system = ClassLoader.getSystemClassLoader();
        if (JvmWide.class.getClassLoader() == system) {
            return method.equals("startServers") ? startServers() : generateKeys();
        }
        Class<?> shared;
        try {
            shared = Class.forName(JvmWide.class.getName(), true, system);
        } catch (ClassNotFoundException e) {
            // a runner that hides the test class path from the system loader: this loader is the best we have
            return method.equals("startServers") ? startServers() : generateKeys();
        }
        try {
            Method m = shared.getDeclaredMethod(method);
            m.setAccessible(true);
            return (Map<String, String>) m.invoke(null);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized Map<String, String> startServers() {
        if (servers != null) {
            return servers;
        }
        quietServerLogs();
        Thread current = Thread.currentThread();
        ClassLoader previous = current.getContextClassLoader();
        // threads the broker creates inherit the context loader: it must be one that is never closed
        current.setContextClassLoader(JvmWide.class.getClassLoader());
        try {
            EmbeddedKafkaServer kafka = EmbeddedKafkaServer.temporary();
            EmbeddedPostgresServer postgres = EmbeddedPostgresServer.temporary();
            // side by side: about 2 s each
            FutureTask<EmbeddedKafkaServer> kafkaStart = new FutureTask<>(kafka::start);
            new Thread(kafkaStart, "real-servers-kafka-start").start();
            try {
                postgres.start();
                kafkaStart.get();
            } catch (Exception e) {
                // no PostgreSQL process may outlive a failed start
                try {
                    kafkaStart.get();
                } catch (Exception ignored) {
                    // reported below through e
                }
                kafka.close();
                postgres.close();
                throw new IllegalStateException("the embedded test servers did not start", e);
            }
            Thread hook = new Thread(() -> {
                try {
                    kafka.close();
                } finally {
                    postgres.close(); // a separate process: it would outlive the JVM
                }
            }, "real-servers-shutdown");
            hook.setContextClassLoader(JvmWide.class.getClassLoader());
            Runtime.getRuntime().addShutdownHook(hook);
            servers = Map.of(
                    PG_PORT, Integer.toString(postgres.port()),
                    PG_USER, postgres.username(),
                    PG_PASSWORD, postgres.password(),
                    KAFKA_BOOTSTRAP, kafka.bootstrapServers());
            return servers;
        } finally {
            current.setContextClassLoader(previous);
        }
    }

    // the broker logs hundreds of INFO lines at start; test output is for the application's own logs.
    // Through java.util.logging, which is the JBoss LogManager that Quarkus tests route SLF4J into.
    private static void quietServerLogs() {
        for (String category : List.of("org.apache.kafka", "kafka", "state.change.logger", "io.zonky")) {
            Logger logger = Logger.getLogger(category);
            logger.setLevel(Level.WARNING);
            QUIETED.add(logger);
        }
    }

    private static synchronized Map<String, String> generateKeys() {
        if (keys != null) {
            return keys;
        }
        try {
            Path dir = Files.createTempDirectory("test-jwt-keys-");
            JwtKeys pair = JwtKeys.ensure(dir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                pair.privateKeyPath().toFile().delete();
                pair.publicKeyPath().toFile().delete();
                dir.toFile().delete();
            }, "test-jwt-keys-cleanup"));
            keys = Map.of(PRIVATE_KEY, pair.privateKeyPath().toString(), PUBLIC_KEY, pair.publicKeyPath().toString());
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
