package gov.enforcement.review.cases;

import com.fasterxml.jackson.databind.JsonNode;
import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.EventTypes;
import gov.enforcement.platform.messaging.Channels;
import gov.enforcement.platform.messaging.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Records the cases of {@code enforcement.case-events} in legal review's own database, exactly once. */
@ApplicationScoped
public class CaseEventsConsumer {

    static final String CONSUMER = "legal-review-service/case-events";

    private final IdempotentConsumer consumer;

    public CaseEventsConsumer(IdempotentConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming(Channels.CASE_EVENTS)
    public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(CONSUMER, record, this::apply);
    }

    private Uni<Void> apply(SqlConnection tx, CloudEvent event) {
        if (!EventTypes.CASE_REGISTERED.typeName().equals(event.type())) {
            return Uni.createFrom().voidItem();
        }
        JsonNode data = event.data();
        return tx.preparedQuery("insert into review_cases (case_id, agency, case_number, category, matter,"
                        + " registered_at, case_version) values ($1, $2, $3, $4, $5, $6, $7)")
                .execute(Tuple.from(List.of(UUID.fromString(data.path("caseId").asText()),
                        data.path("agency").asText(), data.path("caseNumber").asText(),
                        data.path("category").asText(), data.path("matter").asText(),
                        OffsetDateTime.parse(data.path("registeredAt").asText()), event.caseVersion())))
                .replaceWithVoid();
    }
}
