package gov.enforcement.disclosure.cases;

import gov.enforcement.disclosure.records.DisclosureWorkflow;
import gov.enforcement.disclosure.records.LicenceChanges;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;
import java.util.Optional;

/**
 * Records the cases of {@code enforcement.case-events} in disclosure's own database, exactly once, and turns each
 * deciding event into a disclosure obligation of its kind (an issued decision, an on-the-spot decision, a licensing
 * decision, a random inspection's result) and each undoing event into a withdrawal or a correction. Every other
 * step — a case withdrawn or transferred, payment, execution, coercion, defence — is recorded for D-PROGRESS
 * only and publishes nothing.
 */
@ApplicationScoped
public class CaseEventsConsumer {

    static final String CONSUMER = "disclosure-service/case-events";

    /** What a case event does to disclosure besides being a step of the case. */
    @FunctionalInterface
    private interface Effect {
        Uni<Void> apply(SqlConnection tx, CloudEvent event);
    }

    private final IdempotentConsumer consumer;
    private final CaseProjection projection;
    private final Outbox outbox;
    private final SearchIndex search;
    private final Map<EventType, Effect> effects;

    public CaseEventsConsumer(IdempotentConsumer consumer, CaseProjection projection, DisclosureWorkflow workflow,
                              Withdrawals withdrawals, LicenceChanges licences, Outbox outbox, SearchIndex search,
                              @ConfigProperty(name = "disclosure.inspections.publish-all", defaultValue = "false")
                              boolean publishAllInspections) {
        this.consumer = consumer;
        this.projection = projection;
        this.outbox = outbox;
        this.search = search;
        this.effects = Map.of(
                EventTypes.DECISION_DRAFTED, projection::recordDraft,
                EventTypes.DECISION_ISSUED, workflow::onIssued,
                EventTypes.ON_THE_SPOT_DECISION_MADE, workflow::onTheSpot,
                EventTypes.LICENCE_DECIDED, workflow::onLicenceDecided,
                EventTypes.LICENCE_ALTERED, licences::onAltered,
                // D-PRE-RANDOM 事后公开: a random inspection's result is published; others only when configured
                EventTypes.INSPECTION_CONCLUDED, (tx, e) -> e.data().hasNonNull("randomDrawId") || publishAllInspections
                        ? workflow.onInspectionConcluded(tx, e) : Uni.createFrom().voidItem(),
                EventTypes.DECISION_REVOKED, withdrawal(withdrawals, EventTypes.DECISION_REVOKED),
                EventTypes.DECISION_CONFIRMED_ILLEGAL, withdrawal(withdrawals, EventTypes.DECISION_CONFIRMED_ILLEGAL),
                EventTypes.DECISION_ORDERED_REMADE, withdrawal(withdrawals, EventTypes.DECISION_ORDERED_REMADE),
                EventTypes.DECISION_CHANGED, withdrawal(withdrawals, EventTypes.DECISION_CHANGED));
    }

    private static Effect withdrawal(Withdrawals withdrawals, EventType cause) {
        return (tx, e) -> withdrawals.onCause(tx, e, cause.name());
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
        Effect effect = effects.get(type);
        Uni<Void> step = projection.recordStep(tx, event);
        return effect == null ? step : step.chain(() -> effect.apply(tx, event));
    }
}
