package gov.enforcement.testing;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * A second application in the same JVM (another profile forces a restart): it gets a database of its own
 * but the same servers, which keep working after the first application's class loader is closed.
 */
@QuarkusTest
@TestProfile(ProbeSecondApplicationQuarkusTest.OtherProfile.class)
@WithTestResource(RealServersResource.class)
class ProbeSecondApplicationQuarkusTest {

    /** Any difference in configuration makes Quarkus start a new application. */
    public static class OtherProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.test-timeout", "31s");
        }
    }

    @Test
    void getsItsOwnDatabaseOnTheSameServers() {
        String db = RealServersResource.database();
        given().get("/probe/databases").then().statusCode(200).body(equalTo(db + "|" + db));
        SharedServers.assertSameAsEveryOtherApplication();
    }

    @Test
    void kafkaStillWorks() {
        String key = "second-" + System.nanoTime();
        given().body("again").post("/probe/emit/" + key).then().statusCode(204);
        KafkaTestConsumer.awaitRecords("kit.probe", r -> key.equals(r.key()), 1, Duration.ofSeconds(30));
    }
}
