package gov.enforcement.review.cases;

import com.fasterxml.jackson.databind.JsonNode;
import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.EventTypes;
import gov.enforcement.platform.messaging.Channels;
import gov.enforcement.platform.messaging.IdempotentConsumer;
import gov.enforcement.platform.outbox.Outbox;
import gov.enforcement.review.drafts.DraftIntake;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Records the cases of {@code enforcement.case-events} in legal review's own database, exactly once: the case, who
 * investigated or drafted it (X-SEPARATE), and every drafted decision for classification (L-CATALOGUE).
 */
@ApplicationScoped
public class CaseEventsConsumer {

    static final String CONSUMER = "legal-review-service/case-events";

    private final IdempotentConsumer consumer;
    private final DraftIntake drafts;
    private final Outbox outbox;

    public CaseEventsConsumer(IdempotentConsumer consumer, DraftIntake drafts, Outbox outbox) {
        this.consumer = consumer;
        this.drafts = drafts;
        this.outbox = outbox;
    }

    @Incoming(Channels.CASE_EVENTS)
    public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
        // the review events a draft causes are committed with the inbox claim; ship them at once
        return consumer.consume(CONSUMER, record, this::apply).invoke(outbox::committed);
    }

    private Uni<Void> apply(SqlConnection tx, CloudEvent event) {
        String type = event.type();
        if (EventTypes.CASE_REGISTERED.typeName().equals(type)) {
            return registered(tx, event);
        }
        if (EventTypes.OFFICERS_ASSIGNED.typeName().equals(type)) {
            return participants(tx, event, certificates(event.data().path("officers"), "certificate"), List.of());
        }
        if (EventTypes.INVESTIGATION_RECORDED.typeName().equals(type) || EventTypes.EVIDENCE_RECORDED.typeName().equals(type)) {
            return participants(tx, event, texts(event.data().path("certificates")), List.of());
        }
        if (EventTypes.DECISION_DRAFTED.typeName().equals(type)) {
            // X-SEPARATE: the drafter may not review the draft (older drafts do not name one)
            String draftedBy = event.data().path("draftedBy").asText(null);
            return participants(tx, event, List.of(), draftedBy == null ? List.of() : List.of(draftedBy))
                    .chain(() -> drafts.drafted(tx, event));
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> registered(SqlConnection tx, CloudEvent event) {
        JsonNode data = event.data();
        String registeredBy = data.path("registeredBy").asText(null);
        return tx.preparedQuery("insert into review_cases (case_id, agency, case_number, category, matter,"
                        + " registered_at, case_version, registered_by) values ($1, $2, $3, $4, $5, $6, $7, $8)")
                .execute(Tuple.from(new Object[]{UUID.fromString(data.path("caseId").asText()),
                        data.path("agency").asText(), data.path("caseNumber").asText(),
                        data.path("category").asText(), data.path("matter").asText(),
                        OffsetDateTime.parse(data.path("registeredAt").asText()), event.caseVersion(), registeredBy}))
                .chain(() -> participants(tx, event, certificates(data.path("officers"), "certificate"),
                        registeredBy == null ? List.of() : List.of(registeredBy)));
    }

    private static Uni<Void> participants(SqlConnection tx, CloudEvent event, List<String> certificates,
                                          List<String> subjects) {
        UUID caseId = UUID.fromString(event.subject());
        List<Tuple> rows = new ArrayList<>();
        certificates.forEach(c -> rows.add(Tuple.of(caseId, "CERTIFICATE", c)));
        subjects.forEach(s -> rows.add(Tuple.of(caseId, "SUBJECT", s)));
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return tx.preparedQuery("insert into case_participants (case_id, kind, value) values ($1, $2, $3)"
                + " on conflict do nothing").executeBatch(rows).replaceWithVoid();
    }

    private static List<String> certificates(JsonNode officers, String field) {
        List<String> found = new ArrayList<>();
        officers.forEach(officer -> {
            if (officer.path(field).isTextual()) {
                found.add(officer.path(field).asText());
            }
        });
        return found;
    }

    private static List<String> texts(JsonNode array) {
        List<String> found = new ArrayList<>();
        array.forEach(node -> {
            if (node.isTextual()) {
                found.add(node.asText());
            }
        });
        return found;
    }
}
