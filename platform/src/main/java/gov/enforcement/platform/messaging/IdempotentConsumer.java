package gov.enforcement.platform.messaging;

import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.CloudEventCodec;
import gov.enforcement.events.InvalidEnvelopeException;
import gov.enforcement.platform.correlation.Correlation;
import gov.enforcement.platform.inbox.Inbox;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Applies a consumed event exactly once: the event id is claimed in the inbox in the same transaction
 * as the effect. Infrastructure failures are retried in place (the partition waits, so per-case order
 * holds); anything else fails the message, which the channel's failure strategy sends to {@code <topic>.dlq}.
 */
@ApplicationScoped
public class IdempotentConsumer {

    /** The effect of one event, run inside the consumer's transaction. */
    @FunctionalInterface
    public interface Effect {
        Uni<Void> apply(SqlConnection tx, CloudEvent event);
    }

    private final Pool pool;
    private final Inbox inbox;

    public IdempotentConsumer(Pool pool, Inbox inbox) {
        this.pool = pool;
        this.inbox = inbox;
    }

    public Uni<Void> consume(String consumer, ConsumerRecord<String, byte[]> record, Effect effect) {
        CloudEvent event;
        try {
            event = CloudEventCodec.fromBytes(record.value());
        } catch (InvalidEnvelopeException e) {
            return Uni.createFrom().failure(new PoisonMessageException(
                    "not a valid CloudEvent at " + record.topic() + "/" + record.partition() + "@" + record.offset()
                            + ": " + e.getMessage(), e));
        }
        Correlation.set(correlationOf(record, event));
        return pool.withTransaction(tx -> inbox.claim(tx, consumer, event.id(), event.type())
                        .chain(first -> first ? effect.apply(tx, event) : skipped(consumer, event)))
                .onFailure(TransientFailures::isTransient)
                .invoke(e -> Log.warnf("transient failure applying %s, will retry: %s", event.id(), e.getMessage()))
                .onFailure(TransientFailures::isTransient)
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely()
                .onFailure().invoke(e -> Log.errorf(e, "event %s (%s) cannot be applied; dead-lettering it",
                        event.id(), event.type()));
    }

    private static Uni<Void> skipped(String consumer, CloudEvent event) {
        Log.debugf("%s already applied %s; redelivery ignored", consumer, event.id());
        return Uni.createFrom().voidItem();
    }

    private static String correlationOf(ConsumerRecord<String, byte[]> record, CloudEvent event) {
        Header header = record.headers().lastHeader(Correlation.KAFKA_HEADER);
        if (header != null) {
            return Correlation.sanitise(new String(header.value(), StandardCharsets.UTF_8));
        }
        return Correlation.sanitise(event.correlationId());
    }
}
