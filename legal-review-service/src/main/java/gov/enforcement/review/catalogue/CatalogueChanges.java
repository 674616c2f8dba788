package gov.enforcement.review.catalogue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Makes every catalogue change visible: the catalogue decides what L-GATE stops, so a change is counted
 * ({@code enforcement_review_catalogue_changes_total}, alert ReviewCatalogueChanged) and logged at WARN with the
 * rules before and after. The catalogue is not about one case, so there is no case event for it; the row itself
 * keeps who, when and which version it replaced, and every version stays readable.
 */
@ApplicationScoped
public class CatalogueChanges {

    private final Counter counter;

    public CatalogueChanges(MeterRegistry registry) {
        this.counter = Counter.builder("enforcement.review.catalogue.changes")
                .description("Review catalogue versions put in force through the API").register(registry);
    }

    void changed(Catalogue before, Catalogue after) {
        counter.increment();
        Log.warn(line(before, after));
    }

    /** The WARN line: who, when, and the rules before and after, so that the log alone says what changed. */
    static String line(Catalogue before, Catalogue after) {
        return "review catalogue changed: version " + after.version() + " replaces version " + after.replacesVersion()
                + ", by " + after.createdBy() + " at " + after.createdAt() + "; before: " + rules(before)
                + "; after: " + rules(after);
    }

    private static String rules(Catalogue catalogue) {
        if (catalogue == null) {
            return "none";
        }
        CatalogueRules r = catalogue.rules();
        return "criteria " + r.criteria() + ", fineThreshold " + r.fineThreshold() + ", confiscationThreshold "
                + r.confiscationThreshold() + ", alwaysReviewed " + r.alwaysReviewed().stream()
                .map(a -> (a.agency() == null ? "every agency" : a.agency()) + ":" + a.category()).toList();
    }
}
