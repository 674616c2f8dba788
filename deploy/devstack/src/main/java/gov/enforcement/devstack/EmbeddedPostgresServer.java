package gov.enforcement.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;

/** A real PostgreSQL server (zonky binaries) in a temporary or a persistent data directory. */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final String SUPERUSER = "postgres";
    // initdb runs with "-A trust", so the server never asks for it; it is set so that clients configured
    // for password authentication (as in production) work unchanged
    private static final String PASSWORD = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final int requestedPort;
    private final Path dataDirectory;
    private final Path temporaryRoot;
    private final Path logFile;
    private Tls tls;
    private EmbeddedPostgres postgres;
    // the port of the first start, kept so that a restart comes back where the clients look for it
    private int boundPort;

    /**
     * @param port          the port to listen on, 0 for a random free one
     * @param dataDirectory the PGDATA folder, reused when it already holds a cluster; null for a temporary
     *                      one that is deleted on close
     * @param logFile       where the server's output goes; null for a file beside the temporary data directory
     */
    public EmbeddedPostgresServer(int port, Path dataDirectory, Path logFile) {
        this.requestedPort = port;
        try {
            if (dataDirectory == null) {
                OrphanedTemporaries.reapOnce();
                temporaryRoot = Files.createTempDirectory(OrphanedTemporaries.PREFIX);
                this.dataDirectory = temporaryRoot.resolve("data");
                this.logFile = logFile != null ? logFile : temporaryRoot.resolve("postgres.log");
            } else {
                temporaryRoot = null;
                this.dataDirectory = dataDirectory.toAbsolutePath();
                this.logFile = logFile != null ? logFile : this.dataDirectory.resolveSibling("postgres.log");
            }
            Files.createDirectories(this.logFile.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's certificate and key (PEM) and the CA clients verify it against. */
    public record Tls(Path caCertificate, Path serverCertificate, Path serverKey) {
    }

    /**
     * Serves over TLS only, as CloudNativePG is configured in production (before {@link #start()}): {@code ssl=on},
     * {@code pg_hba.conf} with {@code hostssl} lines and password (SCRAM) authentication and a {@code reject} for the
     * rest, and {@link #jdbcUrl} asking for {@code sslmode=verify-full}.
     */
    public synchronized EmbeddedPostgresServer withTls(Tls tls) {
        this.tls = tls;
        return this;
    }

    /** A throw-away server on a random port. */
    public static EmbeddedPostgresServer temporary() {
        return new EmbeddedPostgresServer(0, null, null);
    }

    /** Starts the server; runs initdb only when the data directory holds no cluster yet. */
    public synchronized EmbeddedPostgresServer start() {
        if (postgres != null) {
            return this;
        }
        boolean persistent = temporaryRoot == null;
        if (persistent) {
            StalePostmaster.stopIfRunning(dataDirectory);
        }
        ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(logFile.toFile());
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (tls != null) {
                builder.setServerConfig("ssl", "on")
                        .setServerConfig("ssl_cert_file", tls.serverCertificate().toString())
                        .setServerConfig("ssl_key_file", tls.serverKey().toString())
                        .setServerConfig("ssl_min_protocol_version", "TLSv1.3")
                        // zonky's own connections (its readiness check, createDatabaseIfMissing) as every client's
                        .setConnectConfig("sslmode", "verify-full")
                        .setConnectConfig("sslrootcert", tls.caCertificate().toString())
                        .setConnectConfig("password", PASSWORD);
            }
            postgres = builder
                    .setPort(boundPort != 0 ? boundPort : requestedPort)
                    .setDataDirectory(dataDirectory)
                    // zonky re-runs initdb only when cleaning or when postgresql.conf is missing; with false an
                    // existing cluster is started as it is, and zonky's close leaves the folder in place (a
                    // temporary one is deleted by close() below), so a stopped server can start again on its data
                    .setCleanDataDirectory(false)
                    // we own the lifecycle: zonky's own hook would race ours and stop PostgreSQL before the
                    // services that still use it
                    .setRegisterShutdownHook(false)
                    // zonky starts postgres with -F (fsync off) and synchronous_commit=off; a committed
                    // transaction must survive a crash here, so both are turned back on (-c wins over -F)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setLocaleConfig("locale", "C")
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(toLog)
                    .setErrorRedirector(toLog)
                    .start();
        } catch (IOException | RuntimeException e) {
            if (boundPort == 0) {
                deleteTemporaryRoot(); // a restart keeps its data for the next attempt
            }
            throw new IllegalStateException("PostgreSQL did not start, see " + logFile, e);
        }
        boundPort = postgres.getPort();
        if (tls != null) {
            requireTls();
        }
        return this;
    }

    // initdb trusted every local connection; from here on only TLS with the password gets in (also after a restart)
    private void requireTls() {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("alter role " + SUPERUSER + " password '" + PASSWORD + "'");
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), """
                    # written by the stack in --secure-transport mode: TLS and a password, or nothing
                    hostssl all all 127.0.0.1/32 scram-sha-256
                    hostssl all all ::1/128 scram-sha-256
                    host all all all reject
                    """);
            s.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("could not require TLS of PostgreSQL clients", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops the server as a crash would, keeping the data directory and the port: what {@code pg_ctl stop -m
     * immediate} does (SIGQUIT to the postmaster: no shutdown checkpoint, clients cut off), sent directly because
     * pg_ctl refuses to run as root where the stack does. {@link #start()} brings it back through crash recovery.
     */
    public synchronized void stopImmediately() {
        EmbeddedPostgres running = running();
        ProcessHandle postmaster = StalePostmaster.find(dataDirectory)
                .orElseThrow(() -> new IllegalStateException("no postmaster runs on " + dataDirectory));
        try {
            new ProcessBuilder("kill", "-QUIT", Long.toString(postmaster.pid())).inheritIO().start().waitFor();
            postmaster.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            // releases zonky's lock on the data directory; its own (fast) stop finds no server and only logs that
            running.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping PostgreSQL", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("PostgreSQL (pid " + postmaster.pid() + ") did not stop", e);
        } finally {
            postgres = null;
        }
    }

    /** Creates the database unless it exists; names are plain lower-case identifiers. */
    public void createDatabaseIfMissing(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection c = running().getPostgresDatabase().getConnection();
             PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("create database \"" + name + "\"");
            }
        } catch (SQLException e) {
            if ("42P04".equals(e.getSQLState())) {
                return; // created concurrently by another caller: the outcome we wanted
            }
            throw new IllegalStateException("could not create database " + name, e);
        }
    }

    public String jdbcUrl(String database) {
        String url = "jdbc:postgresql://localhost:" + port() + "/" + database;
        return tls == null ? url : url + "?sslmode=verify-full&sslrootcert=" + tls.caCertificate();
    }

    /** The TLS settings when the server requires TLS, else null. */
    public synchronized Tls tls() {
        return tls;
    }

    /** The form the Vert.x reactive client takes. */
    public String reactiveUrl(String database) {
        return "postgresql://localhost:" + port() + "/" + database;
    }

    public String username() {
        return SUPERUSER;
    }

    public String password() {
        return PASSWORD;
    }

    public int port() {
        return running().getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Path logFile() {
        return logFile;
    }

    public synchronized boolean isRunning() {
        return postgres != null;
    }

    /** Fast shutdown (pg_ctl stop -m fast); a temporary data directory is deleted. */
    @Override
    public synchronized void close() {
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            postgres = null;
            deleteTemporaryRoot();
        }
    }

    private void deleteTemporaryRoot() {
        if (temporaryRoot != null) {
            Dirs.deleteRecursively(temporaryRoot);
        }
    }

    private synchronized EmbeddedPostgres running() {
        if (postgres == null) {
            throw new IllegalStateException("PostgreSQL is not running");
        }
        return postgres;
    }
}
