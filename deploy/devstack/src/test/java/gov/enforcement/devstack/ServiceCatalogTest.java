package gov.enforcement.devstack;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ServiceCatalogTest {

    private static EmbeddedPostgresServer postgres;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void startPostgres() {
        postgres = EmbeddedPostgresServer.temporary().start();
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    @Test
    void aDatabaseServiceGetsItsDatabaseKafkaAndTheVerificationKey() {
        JwtKeys keys = JwtKeys.ensure(tmp);
        Map<String, String> p = ServiceCatalog.systemProperties(StackService.LEGAL_REVIEW, postgres, "localhost:19092",
                keys, ServicePorts.defaults(), ServicePorts.defaults().management(), ServiceCatalog.DEV_PROFILE);
        int pg = postgres.port();
        assertEquals("8082", p.get("quarkus.http.port"));
        assertEquals("9082", p.get("quarkus.management.port"));
        assertEquals("localhost", p.get("quarkus.management.host"));
        assertEquals("dev", p.get("quarkus.profile"));
        assertEquals("jdbc:postgresql://localhost:" + pg + "/legal_review", p.get("quarkus.datasource.jdbc.url"));
        assertEquals("postgresql://localhost:" + pg + "/legal_review", p.get("quarkus.datasource.reactive.url"));
        assertEquals("postgres", p.get("quarkus.datasource.username"));
        assertEquals("postgres", p.get("quarkus.datasource.password"));
        assertEquals("localhost:19092", p.get("kafka.bootstrap.servers"));
        assertEquals(keys.publicKeyPath().toString(), p.get("mp.jwt.verify.publickey.location"));
        assertEquals(DevStack.ISSUER, p.get("mp.jwt.verify.issuer"));
        assertFalse(p.containsKey("smallrye.jwt.sign.key.location"), "only the gateway signs");
    }

    @Test
    void theGatewayGetsTheSigningKeyAndTheRoutesButNoDatabase() {
        JwtKeys keys = JwtKeys.ensure(tmp);
        ServicePorts ports = ServicePorts.defaults().with(StackService.RECORDING, 18081);
        ServicePorts management = ServicePorts.defaults().management().with(StackService.RECORDING, 19181);
        Map<String, String> p = ServiceCatalog.systemProperties(StackService.GATEWAY, postgres, "localhost:19092",
                keys, ports, management, ServiceCatalog.DEV_PROFILE);
        assertEquals("8080", p.get("quarkus.http.port"));
        assertEquals("9080", p.get("quarkus.management.port"));
        assertEquals("http://localhost:19181", p.get("gateway.management.recording"), "readiness from the management port");
        assertEquals("http://localhost:9082", p.get("gateway.management.legal-review"));
        assertEquals(keys.privateKeyPath().toString(), p.get("smallrye.jwt.sign.key.location"));
        assertEquals("http://localhost:18081", p.get("gateway.services.recording"));
        assertEquals("http://localhost:8082", p.get("gateway.services.legal-review"));
        assertEquals("http://localhost:8083", p.get("gateway.services.disclosure"));
        assertFalse(p.containsKey("quarkus.datasource.jdbc.url"));
        assertFalse(p.containsKey("kafka.bootstrap.servers"));
    }
}
