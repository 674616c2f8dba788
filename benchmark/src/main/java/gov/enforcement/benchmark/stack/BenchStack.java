package gov.enforcement.benchmark.stack;

import gov.enforcement.devstack.DevStack;
import gov.enforcement.devstack.ServiceProcess;
import gov.enforcement.devstack.ServicePorts;
import gov.enforcement.devstack.StackOptions;
import gov.enforcement.devstack.StackService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * The one-machine stack the benchmark measures: started on free ports in a fresh temporary data folder, with
 * the services' JVM options exactly as {@code ./stack} runs them, and stopped (data deleted) at the end.
 */
public final class BenchStack implements AutoCloseable {

    private final DevStack stack;
    private final Path dataDir;
    private final boolean keepData;

    private BenchStack(DevStack stack, Path dataDir, boolean keepData) {
        this.stack = stack;
        this.dataDir = dataDir;
        this.keepData = keepData;
    }

    public static BenchStack start(Path repoRoot, boolean keepData) {
        try {
            Path data = Files.createTempDirectory("benchmark-stack");
            StackOptions options = new StackOptions(repoRoot, data, freePort(), freePort(),
                    new ServicePorts(freePort(), freePort(), freePort(), freePort()),
                    new ServicePorts(freePort(), freePort(), freePort(), freePort()), false);
            // measured as production runs them: full JIT and the throughput collector, not the dev stack's quick start
            DevStack stack = new DevStack(options).serviceJvmOptions(ServiceProcess.THROUGHPUT_JVM_OPTIONS)
                    // the load generator is one address playing thousands of callers: per-address limits would measure themselves
                    .serviceProperties(StackService.GATEWAY, Map.of("gateway.rate-limits.enabled", "false"));
            BenchStack bench = new BenchStack(stack, data, keepData);
            Runtime.getRuntime().addShutdownHook(new Thread(bench::close, "stop-benchmark-stack"));
            stack.start();
            return bench;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port(StackService service) {
        return stack.options().ports().of(service);
    }

    public String kafkaBootstrap() {
        return stack.kafka().bootstrapServers();
    }

    /** A JDBC connection to one of the stack's databases (the services' own, or a scratch one). */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(stack.postgres().jdbcUrl(database), stack.postgres().username(),
                stack.postgres().password());
    }

    public void createDatabase(String name) {
        stack.postgres().createDatabaseIfMissing(name);
    }

    /** The process id of a running service, for sampling its threads. */
    public Optional<Long> pid(StackService service) {
        return stack.services().stream().filter(s -> s.name().equals(service.serviceName()))
                .findFirst().map(s -> s.pid());
    }

    /** Stops one service for good (a graceful stop); the rest of the stack runs on. */
    public void stop(StackService service) {
        stack.services().stream().filter(s -> s.name().equals(service.serviceName())).findFirst()
                .ifPresent(ServiceProcess::stop);
    }

    public Path logsDir() {
        return stack.logsDir();
    }

    public Map<String, Object> describe() {
        return Map.of("dataDir", dataDir.toString(), "serviceJvmOptions",
                String.join(" ", ServiceProcess.THROUGHPUT_JVM_OPTIONS));
    }

    @Override
    public synchronized void close() {
        stack.close();
        if (!keepData) {
            deleteRecursively(dataDir);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("benchmark: could not delete " + dir + ": " + e);
        }
    }

    // distinct, and never a port the kernel hands to a bind(0) while the stack starts (Kafka picks its own)
    static int freePort() {
        return gov.enforcement.devstack.FreePorts.next();
    }
}
