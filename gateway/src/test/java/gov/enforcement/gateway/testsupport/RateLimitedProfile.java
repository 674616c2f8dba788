package gov.enforcement.gateway.testsupport;

import java.util.Map;

/** Rate limits on and tiny, so that a handful of requests reaches each of them. */
public class RateLimitedProfile extends GatewayTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("gateway.rate-limits.enabled", "true"),
                Map.entry("gateway.rate-limits.public-search.per-ip.rate", "1"),
                Map.entry("gateway.rate-limits.public-search.per-ip.burst", "3"),
                Map.entry("gateway.rate-limits.reads.per-ip.rate", "1"),
                Map.entry("gateway.rate-limits.reads.per-ip.burst", "4"),
                Map.entry("gateway.rate-limits.writes.per-ip.rate", "1000"),
                Map.entry("gateway.rate-limits.writes.per-ip.burst", "1000"),
                Map.entry("gateway.rate-limits.writes.per-client.rate", "1"),
                Map.entry("gateway.rate-limits.writes.per-client.burst", "2"));
    }
}
