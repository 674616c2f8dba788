package gov.enforcement.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real S3 API server (s3proxy over a local folder) in a process of its own: its class path (deploy/s3-server)
 * brings its own Netty, Jetty and logging, which must not meet a service's. Objects are plain files under
 * {@code dataDirectory/<bucket>/}, so they survive a restart of the server, and of the stack.
 */
public final class S3ProxyServer implements AutoCloseable {

    /** The one-machine stack's credentials: the server accepts only these (AWS signature v2 or v4). */
    public static final String ACCESS_KEY = "devstack-evidence";
    public static final String SECRET_KEY = "devstack-evidence-secret";
    public static final String MAIN_CLASS = "org.gaul.s3proxy.Main";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path libDirectory;
    private final Path dataDirectory;
    private final Path logFile;
    private final int requestedPort;
    private Process process;
    private int port;

    /**
     * @param repoRoot      the project, whose deploy/s3-server/target/lib holds the server's class path
     * @param dataDirectory where the buckets live (created)
     * @param port          0 for a random free port
     */
    public S3ProxyServer(Path repoRoot, Path dataDirectory, Path logFile, int port) {
        this.libDirectory = repoRoot.resolve("deploy/s3-server/target/lib").toAbsolutePath();
        this.dataDirectory = dataDirectory.toAbsolutePath();
        this.logFile = logFile.toAbsolutePath();
        this.requestedPort = port;
    }

    public synchronized S3ProxyServer start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        if (!Files.isDirectory(libDirectory)) {
            throw new IllegalStateException("the S3 server is not built: " + libDirectory
                    + " is missing; build it first (./mvnw -DskipTests install)");
        }
        port = port != 0 ? port : requestedPort == 0 ? freePort() : requestedPort;
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(logFile.getParent());
            Path properties = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".properties");
            Files.writeString(properties, String.join("\n",
                    "s3proxy.endpoint=http://127.0.0.1:" + port,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + dataDirectory,
                    ""), StandardCharsets.UTF_8);
            // without a configuration of its own, logback would write every socket event at DEBUG
            Path logging = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-logback.xml");
            Files.writeString(logging, """
                    <configuration>
                      <appender name="out" class="ch.qos.logback.core.ConsoleAppender">
                        <encoder><pattern>%d{HH:mm:ss.SSS} %-5level [%logger{20}] %msg%n</pattern></encoder>
                      </appender>
                      <root level="WARN"><appender-ref ref="out"/></root>
                    </configuration>
                    """, StandardCharsets.UTF_8);
            Files.writeString(logFile, "=== s3proxy start " + Instant.now() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx128m", "-XX:+UseSerialGC", "-Dlogback.configurationFile=" + logging, "-cp", libDirectory + "/*", MAIN_CLASS, "--properties", properties.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("the S3 server could not be launched", e);
        }
        awaitListening();
        return this;
    }

    /** A bucket is a folder of the filesystem provider: creating it needs no request. */
    public S3ProxyServer ensureBucket(String bucket) {
        try {
            Files.createDirectories(dataDirectory.resolve(bucket));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    private void awaitListening() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the S3 server exited with code " + process.exitValue() + "; see " + logFile);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the S3 server did not listen on " + port + " within " + START_TIMEOUT
                            + "; see " + logFile);
                }
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server; its buckets stay on disk. */
    @Override
    public synchronized void close() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }
}
