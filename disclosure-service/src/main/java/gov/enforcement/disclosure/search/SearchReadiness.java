package gov.enforcement.disclosure.search;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** A replica takes public traffic only once its search index is open and caught up (after a rebuild, if any). */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    private final SearchIndex index;

    public SearchReadiness(SearchIndex index) {
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("public-search-index").status(index.isOpen())
                .withData("rebuiltAtOpen", index.rebuiltAtOpen()).build();
    }
}
