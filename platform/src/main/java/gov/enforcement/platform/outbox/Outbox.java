package gov.enforcement.platform.outbox;

import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.CloudEventCodec;
import gov.enforcement.events.EventTypes;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Writes outgoing events inside the caller's transaction, so that an event leaves the service
 * if and only if the state change that caused it was committed.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "insert into outbox (event_id, topic, message_key, payload, correlation_id)"
            + " values ($1, $2, $3, $4, $5)";

    private final OutboxRelay relay;

    public Outbox(OutboxRelay relay) {
        this.relay = relay;
    }

    public Uni<Void> add(SqlConnection tx, CloudEvent event) {
        return addAll(tx, List.of(event));
    }

    public Uni<Void> addAll(SqlConnection tx, List<CloudEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Tuple> rows = events.stream().map(Outbox::row).toList();
        return tx.preparedQuery(INSERT).executeBatch(rows).replaceWithVoid();
    }

    /** Call after the transaction committed: the relay ships at once instead of at its next poll. */
    public void committed() {
        relay.wakeUp();
    }

    private static Tuple row(CloudEvent event) {
        String topic = EventTypes.find(event.type())
                .orElseThrow(() -> new IllegalArgumentException("unregistered event type " + event.type()))
                .topic();
        if (event.subject() == null) {
            throw new IllegalArgumentException("event " + event.id() + " has no subject to key it by");
        }
        return Tuple.of(event.id(), topic, event.subject(), CloudEventCodec.toJson(event), event.correlationId());
    }
}
