package gov.enforcement.gateway.testsupport;

import java.util.Map;

/** As the dev profile does it: {@code gateway.dev-tokens.enabled=true}. */
public class DevTokensEnabledProfile extends GatewayTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("gateway.dev-tokens.enabled", "true");
    }
}
