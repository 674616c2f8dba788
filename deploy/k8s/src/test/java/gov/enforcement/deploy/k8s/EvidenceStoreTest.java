package gov.enforcement.deploy.k8s;

import gov.enforcement.deploy.k8s.NetworkFlows.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-AV on Kubernetes: evidence goes to the site's object store over HTTPS with credentials from a Secret, is
 * received on a writable volume big enough for uploads, and the NetworkPolicies let it out; a filesystem store
 * (dev only) keeps to one pod.
 */
@DisplayName("Evidence goes to object storage")
class EvidenceStoreTest {

    private static final Workloads PROD = new Workloads(Manifests.PROD, ServiceModule.RECORDING);
    private static final Workloads DEV = new Workloads(Manifests.DEV, ServiceModule.RECORDING);
    /** recording.evidence.max-bytes when nothing sets it (EvidenceConfig). */
    private static final long DEFAULT_MAX_BYTES = 64L << 20;

    @Test
    @DisplayName("prod: the S3 store, the site's bucket, an HTTPS endpoint, credentials from Secret recording-evidence-store")
    void prodUsesTheObjectStore() {
        Map<String, String> config = PROD.runtimeConfig();
        assertEquals("s3", config.get("recording.evidence.store"));
        String bucket = config.get("recording.evidence.s3.bucket");
        assertNotNull(bucket, "recording.evidence.s3.bucket");
        assertFalse(bucket.equals(Yaml.at(Manifests.PROD.get("ObjectStore", "backups"), "spec.configuration.destinationPath")
                .toString().replaceAll("^s3://|/$", "")), "evidence has a bucket of its own, not the backups'");
        URI endpoint = URI.create(config.get("recording.evidence.s3.endpoint"));
        assertEquals("https", endpoint.getScheme(), "TLS to the object store");
        assertFalse(endpoint.getHost().endsWith(".invalid"), "the prod overlay names the site's store");
        assertEquals("secret:recording-evidence-store/ACCESS_KEY_ID", config.get("recording.evidence.s3.access-key-id"));
        assertEquals("secret:recording-evidence-store/ACCESS_SECRET_KEY", config.get("recording.evidence.s3.secret-access-key"));
    }

    @Test
    @DisplayName("prod: the spool directory is a writable, size-limited emptyDir holding several uploads of the largest size")
    void spoolOnAWritableVolume() {
        String spool = PROD.runtimeConfig().get("recording.evidence.spool-directory");
        assertNotNull(spool, "recording.evidence.spool-directory (the default is under /tmp, shared with the JVM)");
        Volume volume = emptyDirHolding(PROD, spool);
        long maxBytes = Long.parseLong(PROD.runtimeConfig().getOrDefault("recording.evidence.max-bytes",
                String.valueOf(DEFAULT_MAX_BYTES)));
        BigDecimal size = Quantity.getAmountInBytes(volume.getEmptyDir().getSizeLimit());
        assertTrue(size.compareTo(BigDecimal.valueOf(16 * maxBytes)) >= 0, "room for 16 uploads of " + maxBytes + " bytes: " + size);
    }

    @Test
    @DisplayName("prod: recording-service reaches the object store's HTTPS port outside the cluster")
    void egressToTheObjectStore() {
        URI endpoint = URI.create(PROD.runtimeConfig().get("recording.evidence.s3.endpoint"));
        int port = endpoint.getPort() < 0 ? 443 : endpoint.getPort();
        var flows = new NetworkFlows(Manifests.PROD.all(NetworkPolicy.class));
        assertTrue(flows.allowed(NetworkPolicyTest.pod(Manifests.PROD, ServiceModule.RECORDING), Pod.outside(), port, "TCP"));
    }

    @Test
    @DisplayName("dev: the filesystem store on the pod's volume, in one pod only (another would not see its files)")
    void devKeepsEvidenceInOnePod() {
        Map<String, String> config = DEV.runtimeConfig();
        assertEquals("filesystem", config.get("recording.evidence.store"));
        emptyDirHolding(DEV, config.get("recording.evidence.blob-directory"));
        assertEquals(1, Manifests.DEV.get(HorizontalPodAutoscaler.class, "recording-service").getSpec().getMaxReplicas());
        assertTrue(DEV.env().keySet().stream().noneMatch(v -> v.startsWith("RECORDING_EVIDENCE_S3_")), "no S3 settings left");
    }

    /** The writable, size-limited emptyDir mounted at or above this absolute path. */
    static Volume emptyDirHolding(Workloads w, String path) {
        assertTrue(path.startsWith("/"), "an absolute path (the working directory is on the read-only root): " + path);
        VolumeMount mount = w.container().getVolumeMounts().stream()
                .filter(m -> path.equals(m.getMountPath()) || path.startsWith(m.getMountPath() + "/"))
                .findFirst().orElseThrow(() -> new AssertionError(path + " is on no volume: the root filesystem is read-only"));
        assertTrue(mount.getReadOnly() == null || !mount.getReadOnly(), mount.getName() + " is writable");
        Volume volume = w.deployment().getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
        assertNotNull(volume.getEmptyDir(), mount.getName() + " is an emptyDir: nothing of an upload outlives the pod");
        assertNotNull(volume.getEmptyDir().getSizeLimit(), mount.getName() + " has a size limit");
        return volume;
    }
}
