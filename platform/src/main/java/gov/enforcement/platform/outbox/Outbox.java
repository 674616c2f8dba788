package gov.enforcement.platform.outbox;

import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.CloudEventCodec;
import gov.enforcement.events.EventTypes;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.tracing.TraceParents;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.UUID;

/**
 * Writes outgoing events inside the caller's transaction, so that an event leaves the service
 * if and only if the state change that caused it was committed.
 */
@ApplicationScoped
public class Outbox {

    // one statement for any number of rows; "order by n" keeps the ids (the relay's shipping order) in list order
    private static final String INSERT = "insert into outbox (event_id, topic, message_key, payload, correlation_id, trace_parent)"
            + " select e, t, k, p, c, $6::text from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[])"
            + " with ordinality as r(e, t, k, p, c, n) order by n";

    /** Kafka's default record limit is 1 MiB; what is left is for headers and the envelope's own growth. */
    public static final int DEFAULT_MAX_EVENT_BYTES = 900_000;
    /** What a command's own data may take of that, so that one step is refused alone, not with its batch. */
    public static final int MAX_STEP_DATA_BYTES = 800_000;

    private final OutboxRelay relay;
    private final int maxEventBytes;

    public Outbox(OutboxRelay relay,
                  @ConfigProperty(name = "platform.outbox.max-event-bytes", defaultValue = "" + DEFAULT_MAX_EVENT_BYTES) int maxEventBytes) {
        this.relay = relay;
        this.maxEventBytes = maxEventBytes;
    }

    public Uni<Void> add(SqlConnection tx, CloudEvent event) {
        return addAll(tx, List.of(event));
    }

    public Uni<Void> addAll(SqlConnection tx, List<CloudEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int n = events.size();
        UUID[] ids = new UUID[n];
        String[] topics = new String[n];
        String[] keys = new String[n];
        String[] payloads = new String[n];
        String[] correlations = new String[n];
        for (int i = 0; i < n; i++) {
            CloudEvent event = events.get(i);
            ids[i] = event.id();
            topics[i] = topicOf(event);
            keys[i] = event.subject();
            payloads[i] = CloudEventCodec.toJson(event);
            String tooLarge = RelayFailures.tooLargeToSend(payloads[i], maxEventBytes);
            if (tooLarge != null) {
                // refused with the transaction that made it: nothing is stored that could never be published
                throw Problems.eventTooLarge(tooLarge);
            }
            correlations[i] = event.correlationId();
        }
        return tx.preparedQuery(INSERT).execute(Tuple.of(ids, topics, keys, payloads, correlations, TraceParents.current()))
                .replaceWithVoid();
    }

    /** Call after the transaction committed: the relay ships at once instead of at its next poll. */
    public void committed() {
        relay.wakeUp();
    }

    private static String topicOf(CloudEvent event) {
        String topic = EventTypes.find(event.type())
                .orElseThrow(() -> new IllegalArgumentException("unregistered event type " + event.type()))
                .topic();
        if (event.subject() == null) {
            throw new IllegalArgumentException("event " + event.id() + " has no subject to key it by");
        }
        return topic;
    }
}
