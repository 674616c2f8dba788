package gov.enforcement.recording.audit;

import gov.enforcement.testing.ManagementInterface;
import gov.enforcement.testing.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static gov.enforcement.testing.ManagementInterface.management;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-SIGN: the latest checkpoint's time is exported under the very name alert AuditCheckpointStale reads. */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class CheckpointAgeTest {

    /** The alert rule that reads the gauge (deploy/k8s), so a rename on either side fails here. */
    private static final Path ALERTS = Path.of("../deploy/k8s/base/observability/alerts.yaml");
    private static final String EXPORTED = "enforcement_audit_checkpoint_latest_timestamp_seconds";

    @Inject
    Pool pool;

    @Inject
    CheckpointStore checkpoints;

    @Test
    @DisplayName("R-SIGN: once a checkpoint is signed, /q/metrics reports its Unix time in seconds, under the name the alert reads")
    void gaugeFollowsTheLatestCheckpoint() throws Exception {
        AuditApi.awaitInclusion(AuditApi.registerCase().eventId());
        double signed = checkpoints.latest(pool).await().atMost(Db.TIMEOUT).orElseThrow()
                .issuedAt().toInstant().toEpochMilli() / 1000.0;

        // the gauge moves once the signing transaction has committed, a moment after the row is visible
        Instant deadline = Instant.now().plusSeconds(5);
        double exported = exported();
        while (exported < signed && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            exported = exported();
        }
        assertTrue(exported >= signed, "the gauge (" + exported + ") reaches the checkpoint read back (" + signed + ")");
        assertTrue(exported <= Instant.now().toEpochMilli() / 1000.0, "and is no time in the future: " + exported);
        assertTrue(Files.readString(ALERTS).contains("max(" + EXPORTED + ")"), ALERTS + " reads " + EXPORTED);
    }

    private static double exported() {
        String metrics = management().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("# TYPE " + EXPORTED + " gauge"), "a gauge named " + EXPORTED);
        // request timings come with histogram buckets (platform's RequestHistograms), which the dashboards read
        assertTrue(metrics.contains("http_server_requests_seconds_bucket{"), "request histogram buckets");
        return metrics.lines().filter(l -> l.startsWith(EXPORTED + " ") || l.startsWith(EXPORTED + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no sample of " + EXPORTED));
    }

    @Test
    @DisplayName("health and metrics answer on the management port only, never on the API port")
    void managementEndpointsAreNotOnTheApiPort() {
        ManagementInterface.assertHealthAndMetricsOnlyOnTheManagementPort();
    }
}
