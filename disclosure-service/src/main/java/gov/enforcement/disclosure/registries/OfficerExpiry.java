package gov.enforcement.disclosure.registries;

import gov.enforcement.disclosure.records.Today;
import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.EventTypes;
import gov.enforcement.platform.outbox.Outbox;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * D-PRE-OFFICERS: expired certificates drop off the public list. The public query already hides them on the
 * day; this marks them and announces OfficerDelisted once, in one transaction with the outbox row.
 */
@ApplicationScoped
public class OfficerExpiry {

    private final Pool pool;
    private final Outbox outbox;
    private final Today today;

    public OfficerExpiry(Pool pool, Outbox outbox, Today today) {
        this.pool = pool;
        this.outbox = outbox;
        this.today = today;
    }

    @Scheduled(every = "${disclosure.officers.expiry-interval:60s}", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return pool.withTransaction(tx -> tx.preparedQuery("update registry_officers set status = 'EXPIRED',"
                                + " version = version + 1 where entry_id in (select entry_id from registry_officers"
                                + " where status = 'APPROVED' and valid_to < $1 limit 500 for update skip locked)"
                                + " returning entry_id, agency, certificate, version")
                        .execute(Tuple.of(today.date()))
                        .chain(rows -> {
                            List<CloudEvent> events = new ArrayList<>();
                            rows.forEach(r -> events.add(RegistryEvents.event(EventTypes.REGISTRY_OFFICER_DELISTED,
                                    r.getUUID(0), r.getString(1), r.getInteger(3),
                                    RegistryEvents.data(r.getUUID(0), r.getString(1)).put("certificate", r.getString(2))
                                            .put("reason", "EXPIRED").put("at", today.now().toString()))));
                            return outbox.addAll(tx, events);
                        }))
                .invoke(outbox::committed)
                .onFailure().invoke(e -> Log.warnf("officer expiry failed, next tick retries: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
