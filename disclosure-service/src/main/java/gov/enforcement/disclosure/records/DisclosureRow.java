package gov.enforcement.disclosure.records;

import gov.enforcement.events.CloudEvent;
import io.vertx.mutiny.sqlclient.Row;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One obligation and its public state, as stored in {@code disclosures}. */
public record DisclosureRow(UUID disclosureId, UUID caseId, UUID issuedEventId, String agency, String category,
                            String matter, String documentNumber, LocalDate decidedOn, String rule, Integer deadlineDays,
                            LocalDate dueOn, String calendarVersion, String exemptReason, String status, int version,
                            OffsetDateTime publishedAt, OffsetDateTime overdueRaisedAt, LocalDate publicUntil,
                            OffsetDateTime withdrawnAt, String withdrawReason, LocalDate withdrawDueOn,
                            String withdrawCalendar, Boolean withdrawOnTime, long caseVersion, DecisionKind kind,
                            UUID replaces) {

    public static final String COLUMNS = "disclosure_id, case_id, issued_event_id, agency, category, matter,"
            + " document_number, decided_on, rule, deadline_days, due_on, calendar_version, exempt_reason, status, version,"
            + " published_at, overdue_raised_at, public_until, withdrawn_at, withdraw_reason, withdraw_due_on,"
            + " withdraw_calendar, withdraw_on_time, case_version, kind, replaces";

    public static DisclosureRow from(Row r) {
        return new DisclosureRow(r.getUUID("disclosure_id"), r.getUUID("case_id"), r.getUUID("issued_event_id"),
                r.getString("agency"), r.getString("category"), r.getString("matter"), r.getString("document_number"),
                r.getLocalDate("decided_on"), r.getString("rule"), r.getInteger("deadline_days"), r.getLocalDate("due_on"),
                r.getString("calendar_version"), r.getString("exempt_reason"), r.getString("status"),
                r.getInteger("version"), r.getOffsetDateTime("published_at"), r.getOffsetDateTime("overdue_raised_at"),
                r.getLocalDate("public_until"), r.getOffsetDateTime("withdrawn_at"), r.getString("withdraw_reason"),
                r.getLocalDate("withdraw_due_on"), r.getString("withdraw_calendar"), r.getBoolean("withdraw_on_time"),
                r.getLong("case_version"), DecisionKind.valueOf(r.getString("kind")), r.getUUID("replaces"));
    }

    /** The origin of an event a case event caused: at that event's case version (the row's when it has none). */
    public DisclosureEvents.Origin causedBy(CloudEvent cause) {
        return new DisclosureEvents.Origin(caseId, agency, cause.caseVersion() == null ? caseVersion : cause.caseVersion(),
                cause.id().toString());
    }

    public DisclosureEvents.Origin origin(String causationId) {
        return new DisclosureEvents.Origin(caseId, agency, caseVersion, causationId);
    }
}
