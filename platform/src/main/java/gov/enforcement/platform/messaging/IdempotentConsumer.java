package gov.enforcement.platform.messaging;

import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.CloudEventCodec;
import gov.enforcement.events.InvalidEnvelopeException;
import gov.enforcement.platform.correlation.Correlation;
import gov.enforcement.platform.inbox.Inbox;
import gov.enforcement.platform.tracing.TraceParents;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
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

    private static final TextMapGetter<ConsumerRecord<String, byte[]>> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(ConsumerRecord<String, byte[]> record) {
            return () -> java.util.Arrays.stream(record.headers().toArray()).map(Header::key).iterator();
        }

        @Override
        public String get(ConsumerRecord<String, byte[]> record, String key) {
            Header header = record == null ? null : record.headers().lastHeader(key);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private final Pool pool;
    private final Inbox inbox;
    private final Tracer tracer;

    public IdempotentConsumer(Pool pool, Inbox inbox, Tracer tracer) {
        this.pool = pool;
        this.inbox = inbox;
        this.tracer = tracer;
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
        Span span = applying(consumer, record, event);
        return pool.withTransaction(tx -> inbox.claim(tx, consumer, event.id(), event.type())
                        .chain(first -> first ? effect.apply(tx, event) : skipped(consumer, event)))
                .onFailure(TransientFailures::isTransient)
                .invoke(e -> Log.warnf("transient failure applying %s, will retry: %s", event.id(), e.getMessage()))
                .onFailure(TransientFailures::isTransient)
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely()
                .onFailure().invoke(e -> Log.errorf(e, "event %s (%s) cannot be applied; dead-lettering it",
                        event.id(), event.type()))
                .onTermination().invoke((done, failure, cancelled) -> {
                    if (failure != null) {
                        span.recordException(failure);
                        span.setStatus(StatusCode.ERROR);
                    }
                    span.end();
                });
    }

    /**
     * A consumer span in the trace the record carries (the request that caused the event), when tracing is on; the
     * events this effect writes belong to it, or to the record's own trace when tracing is off here.
     */
    private Span applying(String consumer, ConsumerRecord<String, byte[]> record, CloudEvent event) {
        Context parent = W3CTraceContextPropagator.getInstance().extract(Context.root(), record, HEADERS);
        Span span = tracer.spanBuilder(consumer + " " + event.type()).setParent(parent).setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka").setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.message.id", event.id().toString()).startSpan();
        TraceParents.continueWith(span.getSpanContext().isValid() ? TraceParents.of(span.getSpanContext())
                : HEADERS.get(record, TraceParents.HEADER));
        return span;
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
