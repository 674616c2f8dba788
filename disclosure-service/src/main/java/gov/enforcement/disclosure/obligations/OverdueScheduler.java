package gov.enforcement.disclosure.obligations;

import gov.enforcement.disclosure.records.DisclosureEvents;
import gov.enforcement.disclosure.records.DisclosureRow;
import gov.enforcement.disclosure.records.Today;
import gov.enforcement.events.CloudEvent;
import gov.enforcement.platform.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * Raises DisclosureOverdue once per decision not published by its deadline. The mark is stored with the
 * outbox row in one transaction, so a restart neither loses nor repeats it; several replicas skip each
 * other's rows. Also refreshes the gauge {@code enforcement_disclosures_overdue{agency}}.
 */
@ApplicationScoped
public class OverdueScheduler {

    private final Pool pool;
    private final Outbox outbox;
    private final Today today;
    private final MultiGauge gauge;

    public OverdueScheduler(Pool pool, Outbox outbox, Today today, MeterRegistry metrics) {
        this.pool = pool;
        this.outbox = outbox;
        this.today = today;
        this.gauge = MultiGauge.builder("enforcement.disclosures.overdue")
                .description("decisions not published by their disclosure deadline (D-POST-7, D-POST-20)")
                .register(metrics);
    }

    @Scheduled(every = "${disclosure.overdue.interval:30s}", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return raise().chain(this::refreshGauge)
                .onFailure().invoke(e -> Log.warnf("overdue check failed, next tick retries: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Marks and announces the newly overdue; answers how many. */
    public Uni<Integer> raise() {
        return pool.withTransaction(tx -> tx.preparedQuery("update disclosures set overdue_raised_at = now()"
                        + " where disclosure_id in (select disclosure_id from disclosures where status = 'DRAFT'"
                        + " and due_on < $1 and overdue_raised_at is null limit 500 for update skip locked)"
                        + " returning " + DisclosureRow.COLUMNS)
                .execute(Tuple.of(today.date()))
                .chain(rows -> {
                    List<CloudEvent> events = new ArrayList<>();
                    rows.forEach(r -> {
                        DisclosureRow d = DisclosureRow.from(r);
                        events.add(DisclosureEvents.overdue(d.origin(d.issuedEventId().toString()), d.disclosureId(),
                                d.rule(), d.decidedOn(), d.dueOn(), d.calendarVersion(), today.now()));
                    });
                    return outbox.addAll(tx, events).replaceWith(events.size());
                }))
                .invoke(n -> {
                    if (n > 0) {
                        outbox.committed();
                    }
                });
    }

    private Uni<Void> refreshGauge(int ignored) {
        return pool.preparedQuery("select agency, count(*) from disclosures where status = 'DRAFT' and due_on < $1"
                        + " group by agency").execute(Tuple.of(today.date()))
                .invoke(rows -> {
                    List<MultiGauge.Row<?>> gauges = new ArrayList<>();
                    rows.forEach(r -> gauges.add(MultiGauge.Row.of(Tags.of("agency", r.getString(0)), r.getLong(1))));
                    gauge.register(gauges, true);
                })
                .replaceWithVoid();
    }
}
