package gov.enforcement.gateway.testsupport;

import java.util.Map;

/** Two connections per service and three seconds for a body: a few slow senders would exhaust such a pool. */
public class SmallUpstreamPoolProfile extends GatewayTestProfile {

    public static final int POOL = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("gateway.upstream.max-connections", Integer.toString(POOL),
                "gateway.request.body-timeout", "3s");
    }
}
