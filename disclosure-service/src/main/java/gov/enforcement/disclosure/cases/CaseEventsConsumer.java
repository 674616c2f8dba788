package gov.enforcement.disclosure.cases;

import gov.enforcement.disclosure.records.DisclosureWorkflow;
import gov.enforcement.disclosure.records.Withdrawals;
import gov.enforcement.disclosure.search.SearchIndex;
import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.EventType;
import gov.enforcement.events.EventTypes;
import gov.enforcement.platform.messaging.Channels;
import gov.enforcement.platform.messaging.IdempotentConsumer;
import gov.enforcement.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Optional;

/**
 * Records the cases of {@code enforcement.case-events} in disclosure's own database, exactly once, and turns
 * issued decisions into disclosure obligations and revocations into withdrawals.
 */
@ApplicationScoped
public class CaseEventsConsumer {

    static final String CONSUMER = "disclosure-service/case-events";

    private final IdempotentConsumer consumer;
    private final CaseProjection projection;
    private final DisclosureWorkflow workflow;
    private final Withdrawals withdrawals;
    private final Outbox outbox;
    private final SearchIndex search;

    public CaseEventsConsumer(IdempotentConsumer consumer, CaseProjection projection, DisclosureWorkflow workflow,
                              Withdrawals withdrawals, Outbox outbox, SearchIndex search) {
        this.consumer = consumer;
        this.projection = projection;
        this.workflow = workflow;
        this.withdrawals = withdrawals;
        this.outbox = outbox;
        this.search = search;
    }

    @Incoming(Channels.CASE_EVENTS)
    public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
        // the relay and the search index would find the rows at their next poll anyway; this only saves the wait
        return consumer.consume(CONSUMER, record, this::apply).invoke(outbox::committed).invoke(search::changed);
    }

    private Uni<Void> apply(SqlConnection tx, CloudEvent event) {
        Optional<EventType> known = event.knownType();
        if (known.isEmpty() || !"case".equals(known.get().family())) {
            return Uni.createFrom().voidItem();
        }
        EventType type = known.get();
        if (type.equals(EventTypes.CASE_REGISTERED)) {
            return projection.register(tx, event);
        }
        Uni<Void> step = projection.recordStep(tx, event);
        if (type.equals(EventTypes.DECISION_DRAFTED)) {
            return step.chain(() -> projection.recordDraft(tx, event));
        }
        if (type.equals(EventTypes.DECISION_ISSUED)) {
            return step.chain(() -> workflow.onIssued(tx, event));
        }
        if (type.equals(EventTypes.DECISION_REVOKED) || type.equals(EventTypes.DECISION_CONFIRMED_ILLEGAL)
                || type.equals(EventTypes.DECISION_ORDERED_REMADE)) {
            return step.chain(() -> withdrawals.onCause(tx, event, type.name()));
        }
        return step;
    }
}
