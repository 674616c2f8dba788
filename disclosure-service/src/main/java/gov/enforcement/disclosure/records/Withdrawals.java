package gov.enforcement.disclosure.records;

import com.fasterxml.jackson.databind.JsonNode;
import gov.enforcement.disclosure.calendar.CalendarStore;
import gov.enforcement.disclosure.obligations.Deadline;
import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.CloudEventCodec;
import gov.enforcement.platform.outbox.Outbox;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * D-WITHDRAW: a changed, revoked, illegal or to-be-remade decision — and a revoked or cancelled licence — leaves
 * the public platform; a tombstone with the reason stays at its address, and the 3-working-day limit
 * (Administrative Penalty Law art. 48) is tracked.
 */
@ApplicationScoped
public class Withdrawals {

    static final int LIMIT_WORKING_DAYS = 3;

    private final CalendarStore calendars;
    private final CaseFactsReader facts;
    private final Redactor redactor;
    private final PublicRecords records;
    private final Outbox outbox;
    private final Today today;

    public Withdrawals(CalendarStore calendars, CaseFactsReader facts, Redactor redactor, PublicRecords records,
                       Outbox outbox, Today today) {
        this.calendars = calendars;
        this.facts = facts;
        this.redactor = redactor;
        this.records = records;
        this.outbox = outbox;
        this.today = today;
    }

    /** Withdraws every live disclosure of the case; a draft that was never public is closed without an event. */
    public Uni<Void> onCause(SqlConnection tx, CloudEvent cause, String causeName) {
        return onCause(tx, cause, causeName, label(causeName));
    }

    /** As {@link #onCause(SqlConnection, CloudEvent, String)}, the public reason starting with {@code label}. */
    public Uni<Void> onCause(SqlConnection tx, CloudEvent cause, String causeName, String label) {
        UUID caseId = UUID.fromString(cause.subject());
        JsonNode data = cause.data();
        LocalDate effective = data.hasNonNull("effectiveOn") ? LocalDate.parse(data.get("effectiveOn").asText()) : today.date();
        String authority = data.path("authority").asText("");
        String rawReason = label + "：" + (authority.isBlank() ? "" : authority + " — ") + data.path("reason").asText("");
        return facts.personNames(tx, caseId).chain(names -> calendars.current(tx).chain(calendar -> {
            Deadline limit = Deadline.of(calendar, effective, LIMIT_WORKING_DAYS);
            String reason = redactor.text(rawReason, names);
            OffsetDateTime at = today.now();
            boolean onTime = !today.date().isAfter(limit.dueOn());
            return tx.preparedQuery("select disclosure_id from disclosures where case_id = $1"
                            + " and status in ('DRAFT', 'PUBLISHED') for update").execute(Tuple.of(caseId))
                    .chain(rows -> {
                        List<UUID> ids = new ArrayList<>();
                        rows.forEach(r -> ids.add(r.getUUID(0)));
                        return Multi.createFrom().iterable(ids)
                                .onItem().transformToUniAndConcatenate(id -> withdraw(tx, id, cause, causeName, reason, at,
                                        limit, onTime))
                                .collect().asList().replaceWithVoid();
                    });
        }));
    }

    private Uni<Void> withdraw(SqlConnection tx, UUID disclosureId, CloudEvent cause, String causeName, String reason,
                               OffsetDateTime at, Deadline limit, boolean onTime) {
        return records.lock(tx, disclosureId).chain(row -> tx.preparedQuery("update disclosures set status = 'WITHDRAWN',"
                                + " withdrawn_at = $2, withdraw_reason = $3, withdraw_due_on = $4, withdraw_calendar = $5,"
                                + " withdraw_on_time = $6 where disclosure_id = $1")
                        .execute(Tuple.from(List.of(disclosureId, at, reason, limit.dueOn(), limit.calendarVersion(), onTime)))
                        .chain(() -> {
                            if (!"PUBLISHED".equals(row.status())) {
                                return Uni.createFrom().voidItem();
                            }
                            var entry = CloudEventCodec.mapper().createObjectNode()
                                    .put("disclosureId", disclosureId.toString()).put("caseId", row.caseId().toString())
                                    .put("reason", reason).put("cause", causeName);
                            DisclosureEvents.Origin origin = row.causedBy(cause);
                            return records.feed(tx, disclosureId, "WITHDRAWN", row.version(), at, entry)
                                    .chain(() -> outbox.add(tx, DisclosureEvents.withdrawn(origin, disclosureId, reason,
                                            causeName, at, limit.dueOn(), onTime, limit.calendarVersion())));
                        }));
    }

    static String label(String causeName) {
        return switch (causeName) {
            case "DecisionRevoked" -> "撤销";
            case "DecisionConfirmedIllegal" -> "确认违法";
            case "DecisionOrderedRemade" -> "责令重新作出";
            case "DecisionChanged" -> "变更";
            default -> causeName;
        };
    }
}
