package gov.enforcement.devstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The four services of the stack: where they are built, their default port and their database. */
public enum StackService {

    RECORDING("recording-service", 8081, "recording", "recording"),
    LEGAL_REVIEW("legal-review-service", 8082, "legal_review", "legal-review"),
    DISCLOSURE("disclosure-service", 8083, "disclosure", "disclosure"),
    GATEWAY("gateway", 8080, null, null);

    private final String moduleDir;
    private final int defaultPort;
    private final String database;
    private final String routeName;

    StackService(String moduleDir, int defaultPort, String database, String routeName) {
        this.moduleDir = moduleDir;
        this.defaultPort = defaultPort;
        this.database = database;
        this.routeName = routeName;
    }

    /** The service's name, which is also its Maven module directory. */
    public String serviceName() {
        return moduleDir;
    }

    public String moduleDir() {
        return moduleDir;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The service's own database; the gateway has none. */
    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    public boolean hasDatabase() {
        return database != null;
    }

    /** The suffix of the gateway's {@code gateway.services.<route>} key for this service. */
    Optional<String> routeName() {
        return Optional.ofNullable(routeName);
    }

    /** The fast-jar launcher Quarkus packages into the module's target folder. */
    public Path runJar(Path repoRoot) {
        return repoRoot.resolve(moduleDir).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** Back ends first, so the gateway finds them when it starts. */
    public static List<StackService> startOrder() {
        return List.of(RECORDING, LEGAL_REVIEW, DISCLOSURE, GATEWAY);
    }

    public static List<StackService> withDatabase() {
        return List.of(RECORDING, LEGAL_REVIEW, DISCLOSURE);
    }
}
