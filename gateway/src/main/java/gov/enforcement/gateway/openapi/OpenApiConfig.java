package gov.enforcement.gateway.openapi;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code gateway.openapi.*}: how the merged document is gathered. */
@ConfigMapping(prefix = "gateway.openapi")
public interface OpenApiConfig {

    /** How long a merged document is served before the services are asked again. */
    @WithDefault("10s")
    Duration cacheTtl();

    /** How long one service may take to hand over its document before it is left out. */
    @WithDefault("3s")
    Duration fetchTimeout();
}
