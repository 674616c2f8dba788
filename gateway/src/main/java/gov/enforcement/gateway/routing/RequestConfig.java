package gov.enforcement.gateway.routing;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the gateway receives a caller's body ({@code gateway.request.*}) before any service sees it. */
@ConfigMapping(prefix = "gateway.request")
public interface RequestConfig {

    /** Time the whole body may take to arrive, on top of the time its size earns at {@link #bodyMinRate()}. */
    @WithDefault("10s")
    Duration bodyTimeout();

    /** Bytes per second a body must arrive at, on average, once {@link #bodyTimeout()} has passed. */
    @WithDefault("64K")
    MemorySize bodyMinRate();

    /** Longest request target (path and query) accepted; past it 414. Below the services' own limit. */
    @WithDefault("4000")
    int maxUriLength();

    /** Largest sum of request header lines accepted; past it 431. Leaves the services room for X-Forwarded-*. */
    @WithDefault("16K")
    MemorySize maxHeaderSize();

    /** Bodies up to this size are held in memory; larger ones (evidence uploads) in a temporary file. */
    @WithDefault("1M")
    MemorySize memoryBuffer();
}
