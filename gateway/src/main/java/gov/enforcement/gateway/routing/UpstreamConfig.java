package gov.enforcement.gateway.routing;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the gateway talks to the services ({@code gateway.upstream.*}): timeouts, pool and body limit. */
@ConfigMapping(prefix = "gateway.upstream")
public interface UpstreamConfig {

    /** Time to open a TCP connection to a service; past it the caller gets 504. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** Longest silence from a service (waiting for the response, or between chunks of it) before 504. */
    @WithDefault("30s")
    Duration timeout();

    /** Largest request body forwarded; evidence uploads are the big ones. Past it the caller gets 413. */
    @WithDefault("64M")
    MemorySize maxBodySize();

    /** Connections kept per service. */
    @WithDefault("64")
    int maxConnections();
}
