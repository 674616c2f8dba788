package gov.enforcement.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The one-machine stack: a real PostgreSQL and Kafka, the JWT key pair, then the four services. */
public final class DevStack implements AutoCloseable {

    /** The {@code iss} of every token the stack (and the test kit) mints and every service accepts. */
    public static final String ISSUER = "https://devstack.enforcement.local";

    /** The {@code aud} every service and the gateway require ({@code mp.jwt.verify.audiences}); tokens name it. */
    public static final String AUDIENCE = "three-systems";

    static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final StackOptions options;
    private final Path postgresDir;
    static final String EVIDENCE_BUCKET = "evidence";

    private final Path kafkaDir;
    private final Path keysDir;
    private final Path logsDir;
    private final StaleServices staleServices;
    private final CountDownLatch startFinished = new CountDownLatch(1);
    // guarded by this: what is running, so that the shutdown hook stops exactly that
    private final List<ServiceProcess> services = new ArrayList<>();
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafkaServer kafka;
    private S3ProxyServer evidenceServer;
    private TraceLog traceLog;
    private SecureTransport transport;
    private JwtKeys keys;
    private Path opinionSigningKey;
    private boolean closing;
    private List<String> serviceJvmOptions = ServiceProcess.DEFAULT_JVM_OPTIONS;
    private final Map<StackService, Map<String, String>> extraProperties =
            new EnumMap<>(StackService.class);

    public DevStack(StackOptions options) {
        this.options = options;
        this.postgresDir = options.dataDir().resolve("postgres");
        this.kafkaDir = options.dataDir().resolve("kafka");
        this.keysDir = options.dataDir().resolve("keys");
        this.logsDir = options.dataDir().resolve("logs");
        this.staleServices = new StaleServices(options.dataDir().resolve("pids"));
    }

    public static void main(String[] args) throws InterruptedException {
        StackOptions options;
        try {
            options = StackOptions.parse(args, System.getenv(), Path.of("").toAbsolutePath());
        } catch (StackOptions.UsageException e) {
            System.err.println(e.getMessage());
            System.exit(List.of(args).contains("--help") || List.of(args).contains("-h") ? 0 : 2);
            return;
        }
        DevStack stack = new DevStack(options);
        // Ctrl-C (SIGINT) runs this: services, then Kafka, then PostgreSQL, so no process outlives the JVM
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "devstack-shutdown"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            if (stack.isClosing()) {
                return; // Ctrl-C during the start: whatever broke did so because the hook is stopping it all
            }
            System.err.println("\ndevstack: start failed: " + e.getMessage());
            System.exit(1);
        }
        System.out.println(Banner.render(stack, startupTime()));
        new CountDownLatch(1).await(); // until Ctrl-C
    }

    /** The services' JVM options (before {@link #start()}); the default favours a fast start over throughput. */
    public synchronized DevStack serviceJvmOptions(List<String> options) {
        this.serviceJvmOptions = List.copyOf(options);
        return this;
    }

    /** Extra settings for one service (before {@link #start()}), over what the stack gives it. */
    public synchronized DevStack serviceProperties(StackService service, Map<String, String> properties) {
        extraProperties.computeIfAbsent(service, s -> new LinkedHashMap<>()).putAll(properties);
        return this;
    }

    /** Starts everything (only PostgreSQL, Kafka and keys with --infra-only) and waits until all is ready. */
    public void start() {
        CompletableFuture<Void> kafkaStarted = CompletableFuture.completedFuture(null);
        try {
            Dirs.ensure(logsDir);
            // first the clients, then the servers they use (a killed launcher's PostgreSQL is stopped below)
            staleServices.stopLeftovers();
            if (options.secureTransport()) {
                // before either server starts: both present certificates issued here
                log("issuing certificates for Kafka and PostgreSQL over TLS (" + options.dataDir().resolve("tls") + ")");
                SecureTransport issued = SecureTransport.prepare(options.dataDir().resolve("tls"));
                synchronized (this) {
                    transport = issued;
                }
            }
            // Kafka boots in the background while PostgreSQL starts: the two are independent
            kafkaStarted = CompletableFuture.runAsync(this::startKafka);
            startPostgres();
            keys = JwtKeys.ensure(keysDir);
            opinionSigningKey = OpinionSigningKey.ensure(keysDir);
            if (options.evidenceStore() == StackOptions.EvidenceStore.S3) {
                startEvidenceServer();
            }
            if (options.tracing()) {
                startTraceLog();
            }
            kafkaStarted.join();
            if (!options.infraOnly()) {
                startServices();
            }
        } finally {
            // an aborted start must not leave a broker starting behind the shutdown hook's back
            kafkaStarted.exceptionally(e -> null).join();
            startFinished.countDown();
        }
    }

    private void startEvidenceServer() {
        log("starting the S3 evidence server (data " + options.dataDir().resolve("s3") + ")");
        S3ProxyServer server = new S3ProxyServer(options.repoRoot(), options.dataDir().resolve("s3"),
                logsDir.resolve("s3proxy.log"), 0);
        synchronized (this) {
            abortIfClosing();
            evidenceServer = server;
        }
        server.start().ensureBucket(EVIDENCE_BUCKET);
    }

    private void startTraceLog() {
        TraceLog receiver = new TraceLog(logsDir.resolve("traces.jsonl"));
        synchronized (this) {
            abortIfClosing();
            traceLog = receiver;
        }
        receiver.start();
        log("receiving traces at " + receiver.endpoint() + " into " + receiver.file());
    }

    private void startPostgres() {
        log("starting PostgreSQL on port " + options.postgresPort() + " (data " + postgresDir + ")");
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(options.postgresPort(), postgresDir,
                logsDir.resolve("postgres.log"));
        if (transport != null) {
            server.withTls(transport.postgres());
        }
        synchronized (this) {
            abortIfClosing();
            postgres = server;
        }
        server.start();
        for (StackService service : StackService.withDatabase()) {
            server.createDatabaseIfMissing(service.database().orElseThrow());
        }
    }

    private void startKafka() {
        log("starting Kafka on port " + options.kafkaPort() + " (data " + kafkaDir + ")");
        EmbeddedKafkaServer server = new EmbeddedKafkaServer(options.kafkaPort(), kafkaDir);
        if (transport != null) {
            server.withTls(transport.broker());
        }
        synchronized (this) {
            abortIfClosing();
            kafka = server;
        }
        server.start();
        if (transport != null) {
            transport.provision(server.bootstrapServers(), EmbeddedKafkaServer.PARTITIONS);
        }
    }

    private void startServices() {
        List<ServiceProcess> backends = new ArrayList<>();
        for (StackService service : StackService.startOrder()) {
            if (service == StackService.GATEWAY) {
                // the back ends boot side by side; the gateway routes to them, so it comes last
                backends.forEach(p -> p.awaitReady(READY_TIMEOUT));
            }
            Map<String, String> properties = new LinkedHashMap<>(ServiceCatalog.systemProperties(
                    service, postgres, kafka.bootstrapServers(), keys, options.ports(), options.managementPorts(),
                    ServiceCatalog.DEV_PROFILE));
            if (service == StackService.RECORDING) {
                properties.putAll(evidenceStoreProperties());
            }
            if (service == StackService.LEGAL_REVIEW) {
                // L-RESPONSIBILITY: opinions are signed with this stack's own key, kept with its data like a mounted Secret
                properties.put("review.signing.key-location", opinionSigningKey.toString());
            }
            if (service == StackService.DISCLOSURE) {
                // one search index per stack: two stacks started from the same build never share (or rebuild) it
                properties.put("disclosure.search.index-directory", options.dataDir().resolve("disclosure-search").toString());
            }
            if (transport != null) {
                properties.putAll(transport.serviceProperties(service, postgres));
            }
            if (traceLog != null) {
                properties.putAll(traceLog.serviceProperties());
            }
            properties.putAll(extraProperties.getOrDefault(service, Map.of()));
            ServiceProcess process = new ServiceProcess(service.serviceName(), service.runJar(options.repoRoot()),
                    serviceJvmOptions, properties, options.ports().of(service), options.managementPorts().of(service),
                    logsDir.resolve(service.serviceName() + ".log"));
            synchronized (this) {
                abortIfClosing();
                services.add(process);
                log("starting " + service.serviceName() + " on port " + process.port());
                process.start();
                staleServices.record(process);
            }
            backends.add(process);
        }
        services().get(services().size() - 1).awaitReady(READY_TIMEOUT);
        for (ServiceProcess process : services()) {
            process.onExit().thenRun(() -> reportUnexpectedExit(process));
        }
    }

    // evidence content lives with the rest of the stack's data, so it survives restarts too
    private Map<String, String> evidenceStoreProperties() {
        if (evidenceServer == null) {
            return Map.of("recording.evidence.blob-directory", options.dataDir().resolve("blobs").toString());
        }
        return Map.of("recording.evidence.store", "s3",
                "recording.evidence.s3.endpoint", evidenceServer.endpoint(),
                "recording.evidence.s3.bucket", EVIDENCE_BUCKET,
                "recording.evidence.s3.access-key-id", S3ProxyServer.ACCESS_KEY,
                "recording.evidence.s3.secret-access-key", S3ProxyServer.SECRET_KEY,
                "recording.evidence.spool-directory", options.dataDir().resolve("evidence-spool").toString());
    }

    private void reportUnexpectedExit(ServiceProcess process) {
        synchronized (this) {
            if (closing) {
                return;
            }
        }
        System.err.println("devstack: " + process.name() + " exited; its log: " + process.logFile() + "\n"
                + process.logTail(20));
    }

    /** Stops the services (gateway first), then Kafka, then PostgreSQL. Safe to call more than once. */
    @Override
    public void close() {
        List<ServiceProcess> toStop;
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
            toStop = new ArrayList<>(services);
        }
        log("shutting down");
        for (int i = toStop.size() - 1; i >= 0; i--) {
            ServiceProcess service = toStop.get(i);
            log("stopping " + service.name());
            quietly(service::stop);
            quietly(() -> staleServices.forget(service));
        }
        awaitStartFinished();
        if (traceLog != null) {
            quietly(traceLog::close);
        }
        if (evidenceServer != null) {
            log("stopping the S3 evidence server");
            quietly(evidenceServer::close);
        }
        if (kafka != null) {
            log("stopping Kafka");
            quietly(kafka::close);
        }
        if (postgres != null) {
            log("stopping PostgreSQL");
            quietly(postgres::close);
        }
        log("stopped");
    }

    // a start in flight still owns a server it is launching; close it only once that returned
    private void awaitStartFinished() {
        try {
            if (!startFinished.await(90, TimeUnit.SECONDS)) {
                log("start did not finish in 90 s; stopping anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized boolean isClosing() {
        return closing;
    }

    private void abortIfClosing() {
        if (closing) {
            throw new IllegalStateException("shutting down");
        }
    }

    private static void quietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            System.err.println("devstack: " + e);
        }
    }

    private static Duration startupTime() {
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Duration.between(started, Instant.now());
    }

    static void log(String message) {
        System.out.println("devstack: " + message);
    }

    public StackOptions options() {
        return options;
    }

    public synchronized EmbeddedPostgresServer postgres() {
        return postgres;
    }

    public synchronized EmbeddedKafkaServer kafka() {
        return kafka;
    }

    /** The S3 evidence server, or null when evidence is on the filesystem. */
    public synchronized S3ProxyServer evidenceServer() {
        return evidenceServer;
    }

    /** The receiver of every service's spans (--tracing), or null when tracing is off. */
    public synchronized TraceLog traceLog() {
        return traceLog;
    }

    /** The certificates and Kafka client settings of --secure-transport, or null when the stack runs in plaintext. */
    public synchronized SecureTransport transport() {
        return transport;
    }

    public synchronized JwtKeys keys() {
        return keys;
    }

    public synchronized List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    public Path logsDir() {
        return logsDir;
    }
}
