package gov.enforcement.disclosure.statistics;

import gov.enforcement.disclosure.records.Today;
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

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** D-STATS: counts reviews opened and opinions given (approved, returned) per agency and day, exactly once. */
@ApplicationScoped
public class ReviewEventsConsumer {

    static final String CONSUMER = "disclosure-service/review-events";

    private final IdempotentConsumer consumer;

    public ReviewEventsConsumer(IdempotentConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming(Channels.REVIEW_EVENTS)
    public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(CONSUMER, record, this::apply);
    }

    private Uni<Void> apply(SqlConnection tx, CloudEvent event) {
        String kind;
        LocalDate day;
        if (EventTypes.LEGAL_REVIEW_OPENED.typeName().equals(event.type())) {
            kind = "OPENED";
            day = LocalDate.parse(event.data().path("openedOn").asText());
        } else if (EventTypes.LEGAL_REVIEW_OPINION_GIVEN.typeName().equals(event.type())) {
            kind = event.data().path("outcome").asText();
            day = OffsetDateTime.parse(event.data().path("givenAt").asText()).atZoneSameInstant(Today.CHINA).toLocalDate();
        } else {
            return Uni.createFrom().voidItem();
        }
        if (event.agency() == null) {
            return Uni.createFrom().voidItem(); // a review event names its agency; without one it cannot be counted
        }
        return tx.preparedQuery("insert into review_counts (event_id, agency, kind, day) values ($1, $2, $3, $4)")
                .execute(Tuple.of(event.id(), event.agency(), kind, day)).replaceWithVoid();
    }
}
