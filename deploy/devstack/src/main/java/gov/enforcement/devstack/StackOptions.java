package gov.enforcement.devstack;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Settings of the one-machine stack, from flags (first), environment variables, then defaults. */
public record StackOptions(Path repoRoot, Path dataDir, int postgresPort, int kafkaPort, ServicePorts ports,
                           ServicePorts managementPorts, boolean infraOnly, EvidenceStore evidenceStore,
                           boolean secureTransport, boolean tracing) {

    /** Where recording keeps evidence content: a folder, or a real S3 API server of the stack's own. */
    public enum EvidenceStore { FILESYSTEM, S3 }

    /** With evidence on the filesystem and plaintext transport, the default. */
    public StackOptions(Path repoRoot, Path dataDir, int postgresPort, int kafkaPort, ServicePorts ports,
                        ServicePorts managementPorts, boolean infraOnly) {
        this(repoRoot, dataDir, postgresPort, kafkaPort, ports, managementPorts, infraOnly, EvidenceStore.FILESYSTEM, false,
                false);
    }

    /** The same options with Kafka and PostgreSQL over TLS, each service with its own identity ({@code --secure-transport}). */
    public StackOptions withSecureTransport() {
        return new StackOptions(repoRoot, dataDir, postgresPort, kafkaPort, ports, managementPorts, infraOnly, evidenceStore,
                true, tracing);
    }

    /** The same options with evidence in the given store ({@code --evidence-store}). */
    public StackOptions withEvidenceStore(EvidenceStore store) {
        return new StackOptions(repoRoot, dataDir, postgresPort, kafkaPort, ports, managementPorts, infraOnly, store,
                secureTransport, tracing);
    }

    /** The same options with every span of every service exported to the stack's trace log ({@code --tracing}). */
    public StackOptions withTracing() {
        return new StackOptions(repoRoot, dataDir, postgresPort, kafkaPort, ports, managementPorts, infraOnly, evidenceStore,
                secureTransport, true);
    }

    public static final int DEFAULT_POSTGRES_PORT = 15432;
    public static final int DEFAULT_KAFKA_PORT = 19092;

    static final String USAGE = """
            usage: ./stack [--no-build] [options]
              --data-dir DIR            data folder (env DEVSTACK_DATA; default <repo>/.devstack)
              --pg-port N               PostgreSQL port (env PG_PORT; default 15432)
              --kafka-port N            Kafka port (env KAFKA_PORT; default 19092)
              --gateway-port N          (env GATEWAY_PORT; default 8080)
              --recording-port N        (env RECORDING_PORT; default 8081)
              --legal-review-port N     (env LEGAL_REVIEW_PORT; default 8082)
              --disclosure-port N       (env DISCLOSURE_PORT; default 8083)
              --gateway-management-port N, --recording-management-port N, --legal-review-management-port N,
              --disclosure-management-port N
                                        health (/q/health/*) and metrics (/q/metrics), never on the API port
                                        (env GATEWAY_MANAGEMENT_PORT, ...; default the service's port + 1000:
                                        9080, 9081, 9082, 9083)
              --evidence-store KIND     filesystem or s3: evidence in <data>/blobs, or in a bucket of a real
                                        S3 API server in <data>/s3 (env DEVSTACK_EVIDENCE_STORE; default filesystem)
              --secure-transport        Kafka over mutual TLS with one identity and ACLs per service, PostgreSQL
                                        over TLS (verify-full, hostssl only); certificates in <data>/tls
                                        (env DEVSTACK_SECURE_TRANSPORT=true; default plaintext)
              --tracing                 every span of every service (OpenTelemetry, OTLP/HTTP) to a receiver of the
                                        stack's own, one JSON line per span in <data>/logs/traces.jsonl
                                        (env DEVSTACK_TRACING=true; default off)
              --infra-only              PostgreSQL, Kafka and the keys only, no services
            """;

    /** Thrown for --help and for malformed arguments; the message is meant for the user. */
    public static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    public static StackOptions parse(String[] args, Map<String, String> env, Path workingDir) {
        Map<String, String> flags = new HashMap<>();
        boolean infraOnly = false;
        boolean secureTransport = false;
        boolean tracing = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                throw new UsageException(USAGE);
            } else if (arg.equals("--infra-only")) {
                infraOnly = true;
            } else if (arg.equals("--secure-transport")) {
                secureTransport = true;
            } else if (arg.equals("--tracing")) {
                tracing = true;
            } else if (arg.equals("--no-build")) {
                // consumed by the ./stack script; tolerated here so that it may be passed through
            } else if (arg.startsWith("--") && arg.contains("=")) {
                flags.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (arg.startsWith("--") && i + 1 < args.length) {
                flags.put(arg.substring(2), args[++i]);
            } else {
                throw new UsageException("unknown argument: " + arg + "\n" + USAGE);
            }
        }
        Settings s = new Settings(flags, env);
        Path repoRoot = findRepoRoot(workingDir)
                .or(StackOptions::repoRootOfThisJar)
                .orElseThrow(() -> new UsageException("run it inside the project: no folder with mvnw above " + workingDir));
        Path dataDir = s.text("data-dir", "DEVSTACK_DATA").map(p -> workingDir.resolve(p).normalize())
                .orElse(repoRoot.resolve(".devstack"));
        ServicePorts ports = new ServicePorts(
                s.port("gateway-port", "GATEWAY_PORT", StackService.GATEWAY.defaultPort()),
                s.port("recording-port", "RECORDING_PORT", StackService.RECORDING.defaultPort()),
                s.port("legal-review-port", "LEGAL_REVIEW_PORT", StackService.LEGAL_REVIEW.defaultPort()),
                s.port("disclosure-port", "DISCLOSURE_PORT", StackService.DISCLOSURE.defaultPort()));
        ServicePorts derived = ports.management();
        ServicePorts managementPorts = new ServicePorts(
                s.port("gateway-management-port", "GATEWAY_MANAGEMENT_PORT", derived.gateway()),
                s.port("recording-management-port", "RECORDING_MANAGEMENT_PORT", derived.recording()),
                s.port("legal-review-management-port", "LEGAL_REVIEW_MANAGEMENT_PORT", derived.legalReview()),
                s.port("disclosure-management-port", "DISCLOSURE_MANAGEMENT_PORT", derived.disclosure()));
        StackOptions options = new StackOptions(repoRoot, dataDir,
                s.port("pg-port", "PG_PORT", DEFAULT_POSTGRES_PORT),
                s.port("kafka-port", "KAFKA_PORT", DEFAULT_KAFKA_PORT),
                ports, managementPorts, infraOnly, s.evidenceStore(), secureTransport || s.flag("DEVSTACK_SECURE_TRANSPORT"),
                tracing || s.flag("DEVSTACK_TRACING"));
        flags.keySet().removeAll(Settings.KNOWN);
        if (!flags.isEmpty()) {
            throw new UsageException("unknown option(s): " + flags.keySet() + "\n" + USAGE);
        }
        return options;
    }

    /** The nearest folder at or above {@code start} that holds the Maven wrapper. */
    static Optional<Path> findRepoRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    // java -jar <repo>/deploy/devstack/target/devstack.jar from anywhere still finds the project
    private static Optional<Path> repoRootOfThisJar() {
        try {
            Path location = Path.of(StackOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return findRepoRoot(location);
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private record Settings(Map<String, String> flags, Map<String, String> env) {

        static final Set<String> KNOWN = Set.of("data-dir", "pg-port", "kafka-port",
                "gateway-port", "recording-port", "legal-review-port", "disclosure-port", "evidence-store",
                "gateway-management-port", "recording-management-port", "legal-review-management-port",
                "disclosure-management-port");

        EvidenceStore evidenceStore() {
            String value = text("evidence-store", "DEVSTACK_EVIDENCE_STORE").orElse("filesystem").trim();
            return switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "filesystem" -> EvidenceStore.FILESYSTEM;
                case "s3" -> EvidenceStore.S3;
                default -> throw new UsageException("--evidence-store / DEVSTACK_EVIDENCE_STORE is filesystem or s3, not " + value);
            };
        }

        boolean flag(String envName) {
            String value = env.getOrDefault(envName, "false").trim();
            return switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "true", "1", "yes" -> true;
                case "false", "0", "no", "" -> false;
                default -> throw new UsageException(envName + " is true or false, not " + value);
            };
        }

        Optional<String> text(String flag, String envName) {
            String value = flags.getOrDefault(flag, env.get(envName));
            return Optional.ofNullable(value).filter(v -> !v.isBlank());
        }

        int port(String flag, String envName, int fallback) {
            Optional<String> value = text(flag, envName);
            if (value.isEmpty()) {
                return fallback;
            }
            try {
                int port = Integer.parseInt(value.get().trim());
                if (port < 1 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new UsageException("--" + flag + " / " + envName + " is not a port: " + value.get());
            }
        }
    }
}
