package gov.enforcement.devstack;

import java.util.LinkedHashMap;
import java.util.Map;

/** The configuration each service is started with: the one place the stack's config keys are spelled. */
public final class ServiceCatalog {

    /** Runtime profile of the one-machine stack; the gateway offers POST /dev/tokens only in it. */
    public static final String DEV_PROFILE = "dev";

    private ServiceCatalog() {
    }

    /**
     * System properties for one service. They outrank the service's application.properties, so a packaged
     * service needs nothing else to join the stack.
     */
    public static Map<String, String> systemProperties(StackService service, EmbeddedPostgresServer postgres,
                                                       String kafkaBootstrapServers, JwtKeys keys,
                                                       ServicePorts ports, ServicePorts managementPorts,
                                                       String profile) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("quarkus.profile", profile);
        props.put("quarkus.http.port", Integer.toString(ports.of(service)));
        // loopback only: the stack trusts anyone who can reach it (dev tokens, trust-auth PostgreSQL)
        props.put("quarkus.http.host", "localhost");
        // health and metrics: never on the API port, and on loopback too
        props.put("quarkus.management.port", Integer.toString(managementPorts.of(service)));
        props.put("quarkus.management.host", "localhost");
        props.put("mp.jwt.verify.publickey.location", keys.publicKeyPath().toString());
        props.put("mp.jwt.verify.issuer", DevStack.ISSUER);
        service.database().ifPresent(db -> {
            props.put("quarkus.datasource.username", postgres.username());
            props.put("quarkus.datasource.password", postgres.password());
            props.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(db));
            props.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(db));
            props.put("kafka.bootstrap.servers", kafkaBootstrapServers);
        });
        if (service == StackService.LEGAL_REVIEW) {
            // the reviewer opens the case file through recording, which logs the access
            props.put("review.recording.url", ports.baseUrl(StackService.RECORDING));
        }
        if (service == StackService.GATEWAY) {
            props.put("smallrye.jwt.sign.key.location", keys.privateKeyPath().toString());
            // tokens the gateway mints (POST /dev/tokens) must carry the issuer every service verifies
            props.put("smallrye.jwt.new-token.issuer", DevStack.ISSUER);
            for (StackService backend : StackService.withDatabase()) {
                backend.routeName().ifPresent(route -> {
                    props.put("gateway.services." + route, ports.baseUrl(backend));
                    // the gateway's readiness reports each service's, read from its management port
                    props.put("gateway.management." + route, managementPorts.baseUrl(backend));
                });
            }
        }
        return props;
    }
}
