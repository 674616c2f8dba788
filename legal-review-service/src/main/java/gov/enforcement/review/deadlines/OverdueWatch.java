package gov.enforcement.review.deadlines;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.events.EventTypes;
import gov.enforcement.platform.outbox.Outbox;
import gov.enforcement.review.reviews.Review;
import gov.enforcement.review.reviews.ReviewEvents;
import gov.enforcement.review.reviews.ReviewStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * L-TIME: finds undecided reviews past their last day and raises ReviewOverdue once per review. The flag lives in
 * the reviews table, so a restart neither misses nor repeats one; the gauge {@code enforcement_reviews_overdue}
 * counts them per agency.
 */
@ApplicationScoped
public class OverdueWatch {

    static final String GAUGE = "enforcement.reviews.overdue";

    private final Pool pool;
    private final ReviewStore reviews;
    private final Outbox outbox;
    private final Clock clock;
    private final MeterRegistry registry;
    private final Map<String, AtomicLong> overdueByAgency = new ConcurrentHashMap<>();

    public OverdueWatch(Pool pool, ReviewStore reviews, Outbox outbox, Clock clock, MeterRegistry registry) {
        this.pool = pool;
        this.reviews = reviews;
        this.outbox = outbox;
        this.clock = clock;
        this.registry = registry;
    }

    @Scheduled(every = "${review.overdue.check-every:60s}", delayed = "${review.overdue.first-check-after:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> check() {
        LocalDate today = LocalDate.now(clock);
        return raise(today).chain(() -> refreshGauge(today))
                .onFailure().invoke(e -> Log.warnf("overdue check failed, next run retries: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Raises ReviewOverdue for every review that needs it; returns how many. */
    public Uni<Integer> raise(LocalDate today) {
        return pool.withTransaction(tx -> reviews.overdueToRaise(tx, today).chain(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(review -> {
                            Review raised = review.overdueRaised(today);
                            ObjectNode data = ReviewEvents.data(review).put("dueOn", review.dueOn().toString())
                                    .put("detectedOn", today.toString());
                            return reviews.update(tx, raised)
                                    .chain(() -> reviews.addHistory(tx, review.reviewId(), "ReviewOverdue", data,
                                            "legal-review-service"))
                                    .chain(() -> outbox.add(tx, ReviewEvents.of(EventTypes.LEGAL_REVIEW_OVERDUE, review, data)));
                        })
                        .collect().asList().map(List::size)))
                .invoke(count -> {
                    if (count > 0) {
                        outbox.committed();
                        Log.infof("raised ReviewOverdue for %d review(s)", count);
                    }
                });
    }

    Uni<Void> refreshGauge(LocalDate today) {
        return reviews.overdueByAgency(pool, today).invoke(counts -> {
            overdueByAgency.forEach((agency, value) -> value.set(counts.getOrDefault(agency, 0L)));
            counts.forEach((agency, count) -> overdueByAgency.computeIfAbsent(agency, this::register).set(count));
        }).replaceWithVoid();
    }

    private AtomicLong register(String agency) {
        AtomicLong value = new AtomicLong();
        Gauge.builder(GAUGE, value, AtomicLong::get).tag("agency", agency)
                .description("Undecided legal reviews past their deadline (L-TIME)").register(registry);
        return value;
    }
}
