package gov.enforcement.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.net.URI;

/** Base URLs of the back-end services ({@code gateway.services.*}); the one-machine ports are the defaults. */
@ConfigMapping(prefix = "gateway.services")
public interface ServicesConfig {

    @WithDefault("http://localhost:8081")
    URI recording();

    @WithName("legal-review")
    @WithDefault("http://localhost:8082")
    URI legalReview();

    @WithDefault("http://localhost:8083")
    URI disclosure();

    default URI baseUrl(Service service) {
        return switch (service) {
            case RECORDING -> recording();
            case LEGAL_REVIEW -> legalReview();
            case DISCLOSURE -> disclosure();
        };
    }
}
