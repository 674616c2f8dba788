package gov.enforcement.gateway.devtokens;

import gov.enforcement.gateway.testsupport.ProdProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static gov.enforcement.gateway.testsupport.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestProfile(ProdProfile.class)
@DisplayName("Dev tokens in the prod profile: absent")
class DevTokensInProdProfileTest {

    @Test
    @DisplayName("the application really runs with the prod profile's configuration (JSON logs on, dev tokens off)")
    void prodProfileIsActive() {
        SmallRyeConfig config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class);
        assertEquals("prod", config.getProfiles().get(0));
        assertTrue(config.getValue("quarkus.log.console.json.enabled", Boolean.class));
        assertFalse(config.getValue("gateway.dev-tokens.enabled", Boolean.class));
    }

    @Test
    @DisplayName("POST /dev/tokens with a valid body is a 404 problem in the prod profile")
    void postIsNotFound() {
        assertProblem(given().contentType("application/json")
                .body("{\"sub\":\"x\",\"groups\":[\"admin\"],\"agency\":\"11130100MB12345671\"}")
                .when().post("/dev/tokens").then(), 404, "not-found");
    }
}
