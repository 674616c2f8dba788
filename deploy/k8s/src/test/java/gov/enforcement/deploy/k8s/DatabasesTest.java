package gov.enforcement.deploy.k8s;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One CloudNativePG cluster per service: replicated synchronously and backed up in prod, single in dev. */
@DisplayName("PostgreSQL clusters and their backups")
class DatabasesTest {

    private static final String PLUGIN = "barman-cloud.cloudnative-pg.io";

    @Test
    @DisplayName("each service has its own cluster and database, and no cluster is shared")
    void oneClusterPerService() {
        for (Manifests overlay : Manifests.OVERLAYS) {
            assertEquals(3, overlay.ofKind("Cluster").size());
            List<Object> databases = overlay.ofKind("Cluster").stream()
                    .map(c -> Yaml.at(c, "spec.bootstrap.initdb.database")).distinct().toList();
            assertEquals(3, databases.size(), "distinct databases");
        }
    }

    @Test
    @DisplayName("prod: 3 instances, a synchronous standby with required durability, archiving to the object store")
    void prodClustersAreReplicated() {
        for (Map<String, Object> cluster : Manifests.PROD.ofKind("Cluster")) {
            String id = KustomizeBuild.id(cluster);
            int instances = (Integer) Yaml.at(cluster, "spec.instances");
            assertEquals(3, instances, id);
            int sync = (Integer) Yaml.at(cluster, "spec.postgresql.synchronous.number");
            assertTrue(sync >= 1 && sync < instances, id + ": a synchronous standby, and one to spare");
            assertEquals("required", Yaml.at(cluster, "spec.postgresql.synchronous.dataDurability"), id);
            Map<String, Object> plugin = Yaml.map(Yaml.list(Yaml.at(cluster, "spec.plugins"), id).get(0), id);
            assertEquals(PLUGIN, plugin.get("name"));
            assertEquals(true, plugin.get("isWALArchiver"));
            Manifests.PROD.get("ObjectStore", (String) Yaml.at(plugin, "parameters.barmanObjectName"));
        }
    }

    @Test
    @DisplayName("prod: every cluster has a nightly scheduled backup through the plugin, at distinct times")
    void prodClustersAreBackedUp() {
        List<Map<String, Object>> backups = Manifests.PROD.ofKind("ScheduledBackup");
        for (Map<String, Object> cluster : Manifests.PROD.ofKind("Cluster")) {
            String name = (String) Yaml.at(cluster, "metadata.name");
            Map<String, Object> backup = backups.stream().filter(b -> name.equals(Yaml.at(b, "spec.cluster.name")))
                    .findFirst().orElseThrow(() -> new AssertionError(name + " has no ScheduledBackup"));
            assertEquals("plugin", Yaml.at(backup, "spec.method"));
            assertEquals(PLUGIN, Yaml.at(backup, "spec.pluginConfiguration.name"));
            assertEquals(6, ((String) Yaml.at(backup, "spec.schedule")).split(" ").length, "CloudNativePG cron has seconds");
        }
        assertEquals(3, backups.stream().map(b -> Yaml.at(b, "spec.schedule")).distinct().count());
        Map<String, Object> store = Manifests.PROD.get("ObjectStore", "backups");
        assertTrue(((String) Yaml.at(store, "spec.configuration.destinationPath")).startsWith("s3://"));
        assertTrue(!((String) Yaml.at(store, "spec.configuration.endpointURL")).contains(".invalid"), "the site's store");
        assertTrue(Yaml.at(store, "spec.retentionPolicy") != null, "old backups are deleted");
    }

    @Test
    @DisplayName("dev: one instance, no synchronous standby, no backups")
    void devClustersAreSingle() {
        for (Map<String, Object> cluster : Manifests.DEV.ofKind("Cluster")) {
            assertEquals(1, Yaml.at(cluster, "spec.instances"));
            assertNull(Yaml.at(cluster, "spec.postgresql.synchronous"));
            assertNull(Yaml.at(cluster, "spec.plugins"));
        }
        assertTrue(Manifests.DEV.ofKind("ScheduledBackup").isEmpty());
        assertTrue(Manifests.DEV.ofKind("ObjectStore").isEmpty());
    }

    @Test
    @DisplayName("prod leaves no placeholder of the base behind")
    void prodHasNoPlaceholders() {
        Manifests.PROD.resources.forEach(r -> assertTrue(!r.toString().contains(".invalid"), KustomizeBuild.id(r)));
    }
}
