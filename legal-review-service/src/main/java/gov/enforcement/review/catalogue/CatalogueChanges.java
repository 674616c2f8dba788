package gov.enforcement.review.catalogue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Makes every catalogue change visible: the catalogue decides what L-GATE stops, so a change is counted
 * ({@code enforcement_review_catalogue_changes_total}, alert ReviewCatalogueChanged) and logged at WARN. The
 * catalogue is not about one case, so there is no case event for it; the row itself keeps who, when and
 * which version it replaced.
 */
@ApplicationScoped
public class CatalogueChanges {

    private final Counter counter;

    public CatalogueChanges(MeterRegistry registry) {
        this.counter = Counter.builder("enforcement.review.catalogue.changes")
                .description("Review catalogue versions put in force through the API").register(registry);
    }

    void changed(Catalogue catalogue) {
        counter.increment();
        Log.warnf("review catalogue changed: version %d replaces version %d, by %s at %s; criteria %s, fineThreshold %s,"
                        + " confiscationThreshold %s", catalogue.version(), catalogue.replacesVersion(), catalogue.createdBy(),
                catalogue.createdAt(), catalogue.rules().criteria(), catalogue.rules().fineThreshold(),
                catalogue.rules().confiscationThreshold());
    }
}
