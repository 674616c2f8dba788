package gov.enforcement.gateway.routing;

import io.smallrye.config.WithName;

import java.net.URI;

/** One base URL per back-end service, under a prefix of its own ({@link ServicesConfig}, {@link ManagementConfig}). */
public interface ServiceUrls {

    URI recording();

    @WithName("legal-review")
    URI legalReview();

    URI disclosure();

    default URI baseUrl(Service service) {
        return switch (service) {
            case RECORDING -> recording();
            case LEGAL_REVIEW -> legalReview();
            case DISCLOSURE -> disclosure();
        };
    }
}
