package gov.enforcement.platform.inbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Remembers which events a consumer has applied, in the same transaction as the effect. */
@ApplicationScoped
public class Inbox {

    private static final String CLAIM = "insert into inbox (consumer, event_id, event_type) values ($1, $2, $3)"
            + " on conflict do nothing";

    /** True the first time this consumer sees the event id; false for a redelivery. */
    public Uni<Boolean> claim(SqlConnection tx, String consumer, UUID eventId, String eventType) {
        return tx.preparedQuery(CLAIM).execute(Tuple.of(consumer, eventId, eventType))
                .map(result -> result.rowCount() == 1);
    }
}
