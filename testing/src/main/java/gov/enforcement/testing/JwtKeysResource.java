package gov.enforcement.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * JWT configuration only (for the gateway, which has no database): verify and sign with the test key
 * pair that {@link TestTokens} uses. Plus a random HTTP test port, as everywhere in the kit.
 */
public class JwtKeysResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Map<String, String> keys = JvmWide.keys();
        return Map.of(
                "mp.jwt.verify.publickey.location", keys.get(JvmWide.PUBLIC_KEY),
                "mp.jwt.verify.issuer", TestTokens.ISSUER,
                "smallrye.jwt.sign.key.location", keys.get(JvmWide.PRIVATE_KEY),
                // a random HTTP port: two test runs (or a running stack on 8080-8083) must never collide
                "quarkus.http.test-port", "0");
    }

    @Override
    public void stop() {
        // the key files live as long as the JVM
    }
}
