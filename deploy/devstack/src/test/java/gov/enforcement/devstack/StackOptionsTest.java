package gov.enforcement.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StackOptionsTest {

    @TempDir
    Path repo;

    @Test
    void defaultsLiveUnderTheRepoRootFoundFromASubfolder() throws Exception {
        Files.createFile(repo.resolve("mvnw"));
        Path sub = Files.createDirectories(repo.resolve("recording-service/src"));
        StackOptions o = StackOptions.parse(new String[0], Map.of(), sub);
        assertEquals(repo.toAbsolutePath(), o.repoRoot());
        assertEquals(repo.resolve(".devstack").toAbsolutePath(), o.dataDir());
        assertEquals(15432, o.postgresPort());
        assertEquals(19092, o.kafkaPort());
        assertEquals(ServicePorts.defaults(), o.ports());
        assertEquals(new ServicePorts(9080, 9081, 9082, 9083), o.managementPorts());
        assertFalse(o.infraOnly());
    }

    @Test
    void aManagementPortFollowsItsServicesPortUnlessGivenItself() throws Exception {
        Files.createFile(repo.resolve("mvnw"));
        StackOptions o = StackOptions.parse(new String[]{"--recording-port", "18081", "--disclosure-management-port=19999"},
                Map.of("LEGAL_REVIEW_MANAGEMENT_PORT", "19998"), repo);
        assertEquals(19081, o.managementPorts().recording());
        assertEquals(19998, o.managementPorts().legalReview());
        assertEquals(19999, o.managementPorts().of(StackService.DISCLOSURE));
        assertEquals(9080, o.managementPorts().gateway());
    }

    @Test
    void flagsWinOverEnvironmentWhichWinsOverDefaults() throws Exception {
        Files.createFile(repo.resolve("mvnw"));
        StackOptions o = StackOptions.parse(
                new String[]{"--gateway-port", "9090", "--pg-port=25432", "--infra-only", "--no-build"},
                Map.of("GATEWAY_PORT", "7070", "PG_PORT", "7071", "KAFKA_PORT", "29092",
                        "DISCLOSURE_PORT", "9083", "DEVSTACK_DATA", "/var/tmp/stack"),
                repo);
        assertEquals(9090, o.ports().gateway());
        assertEquals(25432, o.postgresPort());
        assertEquals(29092, o.kafkaPort());
        assertEquals(9083, o.ports().of(StackService.DISCLOSURE));
        assertEquals(8081, o.ports().recording());
        assertEquals(Path.of("/var/tmp/stack"), o.dataDir());
        assertTrue(o.infraOnly());
    }

    @Test
    void rejectsUnknownOptionsAndBadPorts() throws Exception {
        Files.createFile(repo.resolve("mvnw"));
        assertThrows(StackOptions.UsageException.class,
                () -> StackOptions.parse(new String[]{"--gatway-port", "1"}, Map.of(), repo));
        assertThrows(StackOptions.UsageException.class,
                () -> StackOptions.parse(new String[]{"--kafka-port", "99999"}, Map.of(), repo));
        assertThrows(StackOptions.UsageException.class,
                () -> StackOptions.parse(new String[0], Map.of("PG_PORT", "x"), repo));
    }

    @Test
    void evidenceStoreIsTheFilesystemUnlessS3IsAsked() throws Exception {
        Files.createFile(repo.resolve("mvnw"));
        assertEquals(StackOptions.EvidenceStore.FILESYSTEM, StackOptions.parse(new String[0], Map.of(), repo).evidenceStore());
        assertEquals(StackOptions.EvidenceStore.S3,
                StackOptions.parse(new String[]{"--evidence-store", "s3"}, Map.of(), repo).evidenceStore());
        assertEquals(StackOptions.EvidenceStore.S3,
                StackOptions.parse(new String[0], Map.of("DEVSTACK_EVIDENCE_STORE", "S3"), repo).evidenceStore());
        assertThrows(StackOptions.UsageException.class,
                () -> StackOptions.parse(new String[]{"--evidence-store", "tape"}, Map.of(), repo));
    }

    @Test
    void transportIsPlaintextUnlessSecureTransportIsAsked() throws Exception {
        Files.createFile(repo.resolve("mvnw"));
        assertFalse(StackOptions.parse(new String[0], Map.of(), repo).secureTransport());
        assertTrue(StackOptions.parse(new String[]{"--secure-transport"}, Map.of(), repo).secureTransport());
        assertTrue(StackOptions.parse(new String[0], Map.of("DEVSTACK_SECURE_TRANSPORT", "true"), repo).secureTransport());
        assertThrows(StackOptions.UsageException.class,
                () -> StackOptions.parse(new String[0], Map.of("DEVSTACK_SECURE_TRANSPORT", "maybe"), repo));
    }

    @Test
    void tracingIsOffUnlessAsked() throws Exception {
        Files.createFile(repo.resolve("mvnw"));
        assertFalse(StackOptions.parse(new String[0], Map.of(), repo).tracing());
        assertTrue(StackOptions.parse(new String[]{"--tracing"}, Map.of(), repo).tracing());
        assertTrue(StackOptions.parse(new String[0], Map.of("DEVSTACK_TRACING", "1"), repo).tracing());
    }
}
