package gov.enforcement.testing;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(RealServersResource.class)
class ProbeQuarkusTest {

    @Test
    void theApplicationUsesItsOwnFreshDatabaseThroughJdbcAndReactive() {
        String db = RealServersResource.database();
        given().get("/probe/databases").then().statusCode(200).body(equalTo(db + "|" + db));
        assertEquals(RealServers.jdbcUrl(db), RealServersResource.jdbcUrl());
        SharedServers.assertSameAsEveryOtherApplication();
    }

    @Test
    void tokensFromTheKitAreAcceptedAndBadOnesRefused() {
        given().auth().oauth2(TestTokens.officer(TestAgencies.AGENCY_A, "HB-0001"))
                .get("/probe/whoami").then().statusCode(200)
                .body(equalTo("officer-HB-0001|" + TestAgencies.AGENCY_A + "|HB-0001"));
        given().get("/probe/whoami").then().statusCode(401);
        given().auth().oauth2(TestTokens.expired("officer", TestAgencies.AGENCY_A))
                .get("/probe/whoami").then().statusCode(401);
        given().auth().oauth2(TestTokens.signedByAnotherKey("officer", TestAgencies.AGENCY_A))
                .get("/probe/whoami").then().statusCode(401);
        given().auth().oauth2(TestTokens.fromAnotherIssuer("officer", TestAgencies.AGENCY_A))
                .get("/probe/whoami").then().statusCode(401);
        given().auth().oauth2(TestTokens.withRole("reviewer", TestAgencies.AGENCY_A))
                .get("/probe/whoami").then().statusCode(403);
    }

    @Test
    void whatTheApplicationSendsToKafkaCanBeReadBack() {
        String key = "case-" + System.nanoTime();
        given().body("{\"n\":1}").post("/probe/emit/" + key).then().statusCode(204);
        List<ReceivedRecord> records = KafkaTestConsumer.awaitRecords("kit.probe", r -> key.equals(r.key()), 1,
                Duration.ofSeconds(30));
        assertEquals("{\"n\":1}", records.get(0).valueAsString());
    }
}
