package gov.enforcement.deploy.k8s;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each disclosure pod keeps the public search index on a writable volume of its own, and is ready only once it has it. */
@DisplayName("The public search index has a place in every disclosure pod")
class SearchIndexTest {

    private static final Workloads PROD = new Workloads(Manifests.PROD, ServiceModule.DISCLOSURE);

    @Test
    @DisplayName("prod: disclosure.search.index-directory is on a size-limited emptyDir with room for the index")
    void indexOnAWritableVolume() {
        String directory = PROD.runtimeConfig().get("disclosure.search.index-directory");
        assertNotNull(directory, "disclosure.search.index-directory (the default is under the read-only working directory)");
        Volume volume = EvidenceStoreTest.emptyDirHolding(PROD, directory);
        BigDecimal size = Quantity.getAmountInBytes(volume.getEmptyDir().getSizeLimit());
        assertTrue(size.compareTo(BigDecimal.valueOf(16L << 30)) >= 0, "room for millions of records: " + size);
    }

    @Test
    @DisplayName("prod: a pod takes traffic only when ready, which the search index makes it only once it is caught up")
    void readyOnlyWithTheIndex() {
        assertEquals("/q/health/ready", PROD.container().getReadinessProbe().getHttpGet().getPath());
    }
}
