package gov.enforcement.gateway.testsupport;

import java.util.Map;

/** Four connections per service and two open requests per caller; rate limits on but out of the way. */
public class InFlightLimitedProfile extends GatewayTestProfile {

    public static final int POOL = 4;
    public static final int PER_CALLER = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("gateway.upstream.max-connections", Integer.toString(POOL)),
                Map.entry("gateway.rate-limits.enabled", "true"),
                Map.entry("gateway.rate-limits.in-flight-per-caller", Integer.toString(PER_CALLER)),
                Map.entry("gateway.rate-limits.public-search.per-ip.rate", "1000"),
                Map.entry("gateway.rate-limits.public-search.per-ip.burst", "1000"),
                Map.entry("gateway.rate-limits.public.per-ip.rate", "1000"),
                Map.entry("gateway.rate-limits.public.per-ip.burst", "1000"),
                Map.entry("gateway.rate-limits.reads.per-ip.rate", "1000"),
                Map.entry("gateway.rate-limits.reads.per-ip.burst", "1000"),
                Map.entry("gateway.rate-limits.reads.per-client.rate", "1000"),
                Map.entry("gateway.rate-limits.reads.per-client.burst", "1000"));
    }
}
