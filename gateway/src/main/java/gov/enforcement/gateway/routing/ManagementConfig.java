package gov.enforcement.gateway.routing;

import io.smallrye.config.ConfigMapping;

/**
 * Base URLs of the services' management interfaces ({@code gateway.management.*}): health is served there, never
 * on the API port the routes use.
 */
@ConfigMapping(prefix = "gateway.management")
public interface ManagementConfig extends ServiceUrls {
}
