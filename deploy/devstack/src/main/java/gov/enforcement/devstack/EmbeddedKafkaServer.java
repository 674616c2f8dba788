package gov.enforcement.devstack;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** A real single-node KRaft Kafka broker running in this JVM, in a temporary or a persistent data directory. */
public final class EmbeddedKafkaServer implements AutoCloseable {

    /** Partitions of auto-created topics: the services partition by case id and scale out to this many. */
    public static final int PARTITIONS = 6;

    private static final String CLUSTER_ID_FILE = "cluster.id";
    private static final String LOG_DIR = "log";

    private final int requestedPort;
    private final Path dataDirectory;
    private Tls tls;
    private EmbeddedKafkaBroker broker;
    private int port;

    /**
     * @param port          the client port, 0 for a random free one
     * @param dataDirectory holds the log and the cluster id, reused when it already has them; null for a
     *                      temporary log directory that is deleted on close
     */
    public EmbeddedKafkaServer(int port, Path dataDirectory) {
        this.requestedPort = port;
        this.dataDirectory = dataDirectory == null ? null : dataDirectory.toAbsolutePath();
    }

    /**
     * Mutual TLS on every listener (clients and the controller), principals {@code User:CN=<subject CN>}, and KRaft's
     * StandardAuthorizer: nothing is allowed that no ACL grants, except to the super users.
     *
     * @param keystore   the broker's own key and certificate (PKCS#12)
     * @param truststore the CA that issued every client's certificate (PKCS#12)
     * @param superUsers principals such as {@code User:CN=kafka-broker}; the broker's own must be among them
     */
    public record Tls(Path keystore, Path truststore, String password, java.util.List<String> superUsers) {
    }

    /** Serves clients over mutual TLS with ACLs instead of plaintext (before {@link #start()}). */
    public synchronized EmbeddedKafkaServer withTls(Tls tls) {
        this.tls = tls;
        return this;
    }

    /** A throw-away broker on a random port. */
    public static EmbeddedKafkaServer temporary() {
        return new EmbeddedKafkaServer(0, null);
    }

    public synchronized EmbeddedKafkaServer start() {
        if (broker != null) {
            return this;
        }
        // a restart comes back on the port of the first start, where the clients keep looking for it
        int clientPort = port != 0 ? port : requestedPort == 0 ? freePort() : requestedPort;
        EmbeddedKafkaBroker candidate = new EmbeddedKafkaBroker()
                .withKafkaHost("localhost")
                .withKafkaPort(clientPort)
                .withAdditionalProperties(this::configure);
        if (dataDirectory != null) {
            // the storage is formatted with a cluster id; a restart must present the same one or the
            // broker refuses its own log directories
            candidate.withClusterId(clusterId()).withDeleteLogDirsOnClose(false);
        }
        broker = candidate.start();
        port = clientPort;
        return this;
    }

    private void configure(Properties props) {
        props.put("num.partitions", Integer.toString(PARTITIONS));
        props.put("auto.create.topics.enable", "true");
        // the companion never checkpoints high watermarks (Long.MAX_VALUE); after a crash that would hide
        // records from consumers until the watermark caught up again
        props.put("replica.high.watermark.checkpoint.interval.ms", "5000");
        // the companion turns controlled shutdown off; then the controller still holds the old broker
        // registration after a restart and the broker waits out its session (~10 s) before serving
        props.put("controlled.shutdown.enable", "true");
        if (tls != null) {
            configureTls(props);
        }
        if (dataDirectory != null) {
            String logDir = Dirs.ensure(dataDirectory.resolve(LOG_DIR)).toString();
            // both keys: the companion creates a temporary "log.dir" unless that one is set
            props.put("log.dir", logDir);
            props.put("log.dirs", logDir);
        }
    }

    // the companion names its client listener after the protocol (PLAINTEXT); the same listeners become SSL ones
    private void configureTls(Properties props) {
        for (String key : new String[]{"listeners", "advertised.listeners"}) {
            if (props.getProperty(key) != null) {
                props.put(key, props.getProperty(key).replace("PLAINTEXT", "SSL"));
            }
        }
        props.put("listener.security.protocol.map", "SSL:SSL,CONTROLLER:SSL");
        props.put("inter.broker.listener.name", "SSL");
        props.put("ssl.client.auth", "required");
        props.put("ssl.keystore.type", "PKCS12");
        props.put("ssl.keystore.location", tls.keystore().toString());
        props.put("ssl.keystore.password", tls.password());
        props.put("ssl.key.password", tls.password());
        props.put("ssl.truststore.type", "PKCS12");
        props.put("ssl.truststore.location", tls.truststore().toString());
        props.put("ssl.truststore.password", tls.password());
        props.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        props.put("allow.everyone.if.no.acl.found", "false");
        props.put("super.users", String.join(";", tls.superUsers()));
        // as in production: a topic exists because it was declared (by the stack, a super user), never by a typo
        props.put("auto.create.topics.enable", "false");
    }

    private String clusterId() {
        Path file = Dirs.ensure(dataDirectory).resolve(CLUSTER_ID_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            String id = Uuid.randomUuid().toString();
            Files.writeString(file, id + "\n", StandardCharsets.US_ASCII);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Orderly shutdown and a new broker on the same port and directory, as in a rolling restart; clients
     * reconnect by themselves. The records survive only with a persistent data directory.
     */
    public synchronized EmbeddedKafkaServer restart() {
        close();
        return start();
    }

    /** host:port for kafka.bootstrap.servers. */
    public synchronized String bootstrapServers() {
        return "localhost:" + port();
    }

    public synchronized int port() {
        if (broker == null) {
            throw new IllegalStateException("Kafka is not running");
        }
        return port;
    }

    public synchronized boolean isRunning() {
        return broker != null;
    }

    /** Orderly broker shutdown; a temporary log directory is deleted. */
    @Override
    public synchronized void close() {
        if (broker != null) {
            try {
                broker.close();
            } finally {
                broker = null;
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
