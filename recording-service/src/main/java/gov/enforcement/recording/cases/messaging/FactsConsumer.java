package gov.enforcement.recording.cases.messaging;

import gov.enforcement.recording.cases.CaseCommands;
import gov.enforcement.recording.cases.store.MasterDataRegistry;
import gov.enforcement.recording.cases.store.OfficerCertificates;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.enforcement.events.CloudEvent;
import gov.enforcement.platform.messaging.Channels;
import gov.enforcement.platform.messaging.IdempotentConsumer;
import gov.enforcement.platform.messaging.PoisonMessageException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.UUID;

/**
 * L-ARCHIVE: review opinions and disclosure actions enter the case file, each exactly once; registry certificates
 * feed X-TWO, and the registries' coded master data P-MASTER.
 */
@ApplicationScoped
public class FactsConsumer {

    private final IdempotentConsumer consumer;
    private final CaseCommands commands;
    private final ObjectMapper json;
    private final OfficerCertificates certificates;
    private final MasterDataRegistry masterData;

    public FactsConsumer(IdempotentConsumer consumer, CaseCommands commands, ObjectMapper json,
                         OfficerCertificates certificates, MasterDataRegistry masterData) {
        this.consumer = consumer;
        this.commands = commands;
        this.json = json;
        this.certificates = certificates;
        this.masterData = masterData;
    }

    @Incoming(Channels.REVIEW_EVENTS)
    public Uni<Void> review(ConsumerRecord<String, byte[]> record) {
        return consumer.consume("recording-service/review-events", record, (tx, event) -> apply(tx, event, "legal-review-service"));
    }

    @Incoming(Channels.DISCLOSURE_EVENTS)
    public Uni<Void> disclosure(ConsumerRecord<String, byte[]> record) {
        return consumer.consume("recording-service/disclosure-events", record, (tx, event) -> apply(tx, event, "disclosure-service"));
    }

    @Incoming(Channels.REGISTRY_EVENTS)
    public Uni<Void> registry(ConsumerRecord<String, byte[]> record) {
        return consumer.consume("recording-service/registry-events", record,
                (tx, event) -> certificates.apply(tx, event).chain(() -> masterData.apply(tx, event)));
    }

    private Uni<Void> apply(SqlConnection tx, CloudEvent event, String fromService) {
        if (event.type().endsWith("Overdue.v1")) {
            // R-ANALYSE counts overdue steps; they are the other service's bookkeeping, not part of the case file
            return tx.preparedQuery("insert into overdue_steps (event_id, agency, case_id, kind, at) values ($1, $2, $3, $4, $5)"
                            + " on conflict do nothing")
                    .execute(io.vertx.mutiny.sqlclient.Tuple.of(event.id(), String.valueOf(event.agency()),
                            caseIdOrNull(event), event.type(), event.time() == null ? java.time.OffsetDateTime.now() : event.time()))
                    .replaceWithVoid();
        }
        return ExternalFacts.of(event, json)
                .map(fact -> commands.recordFact(tx, caseIdOf(event), fact, fromService).replaceWithVoid())
                .orElseGet(() -> Uni.createFrom().voidItem());
    }

    private static UUID caseIdOrNull(CloudEvent event) {
        try {
            return UUID.fromString(event.subject());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static UUID caseIdOf(CloudEvent event) {
        try {
            return UUID.fromString(event.subject());
        } catch (RuntimeException e) {
            throw new PoisonMessageException("event " + event.id() + " has no case id as its subject", e);
        }
    }
}
