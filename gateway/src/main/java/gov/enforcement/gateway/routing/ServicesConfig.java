package gov.enforcement.gateway.routing;

import io.smallrye.config.ConfigMapping;

/** Base URLs of the back-end services' APIs ({@code gateway.services.*}), which the routes call. */
@ConfigMapping(prefix = "gateway.services")
public interface ServicesConfig extends ServiceUrls {
}
