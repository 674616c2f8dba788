package gov.enforcement.disclosure.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.enforcement.disclosure.calendar.CalendarStore;
import gov.enforcement.disclosure.obligations.Deadline;
import gov.enforcement.disclosure.obligations.ObligationRule;
import gov.enforcement.disclosure.obligations.PolicyStore;
import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.CloudEventCodec;
import gov.enforcement.platform.outbox.Outbox;
import gov.enforcement.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;

/**
 * D-WORKFLOW: a DecisionIssued creates the obligation and its generated draft record; a clerk (or the agency's
 * auto-publish policy) publishes it. Every public change writes its event to the outbox in the same transaction.
 */
@ApplicationScoped
public class DisclosureWorkflow {

    private static final ObjectMapper JSON = CloudEventCodec.mapper();

    private final CalendarStore calendars;
    private final PolicyStore policies;
    private final CaseFactsReader facts;
    private final RecordBuilder builder;
    private final PublicityPeriod period;
    private final PublicRecords records;
    private final Outbox outbox;
    private final Today today;

    public DisclosureWorkflow(CalendarStore calendars, PolicyStore policies, CaseFactsReader facts, Redactor redactor,
                              PublicityPeriod period, PublicRecords records, Outbox outbox, Today today) {
        this.calendars = calendars;
        this.policies = policies;
        this.facts = facts;
        this.builder = new RecordBuilder(redactor);
        this.period = period;
        this.records = records;
        this.outbox = outbox;
        this.today = today;
    }

    /** D-POST-7 / D-POST-20 / D-POST-EXEMPT: the obligation of an issued decision, with its deadline and draft. */
    public Uni<Void> onIssued(SqlConnection tx, CloudEvent issued) {
        UUID caseId = UUID.fromString(issued.subject());
        JsonNode data = issued.data();
        return facts.read(tx, caseId, issued.id(), data).chain(c -> policies.matter(tx, c.matter())
                .chain(policy -> calendars.current(tx).chain(calendar -> {
                    ObligationRule rule = ObligationRule.decide(c.category(), policy);
                    Deadline deadline = rule.publishable() && rule.workingDays() != null
                            ? Deadline.of(calendar, c.decidedOn(), rule.workingDays()) : null;
                    String calendarVersion = deadline != null ? deadline.calendarVersion()
                            : calendar.versionFor(c.decidedOn(), c.decidedOn());
                    LocalDate until = period.until(c.decidedOn(), c.category(), c.draft());
                    PublicRecord record = builder.build(c, until);
                    UUID disclosureId = UUID.randomUUID();
                    String status = rule.publishable() ? "DRAFT" : "EXEMPT";
                    long caseVersion = issued.caseVersion() == null ? 1 : issued.caseVersion();
                    return tx.preparedQuery("insert into disclosures (disclosure_id, case_id, issued_event_id, agency,"
                                    + " category, matter, document_number, decided_on, rule, deadline_days, due_on,"
                                    + " calendar_version, exempt_reason, status, public_until, case_version)"
                                    + " values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16)")
                            .execute(Tuple.from(Arrays.asList(disclosureId, caseId, issued.id(), c.agency(), c.category(),
                                    c.matter(), c.documentNumber(), c.decidedOn(), rule.rule(),
                                    rule.workingDays(), deadline == null ? null : deadline.dueOn(),
                                    calendarVersion, rule.reason(), status, until, caseVersion)))
                            .chain(() -> records.addVersion(tx, disclosureId, 1, record, null, "generated"))
                            .chain(() -> rule.publishable() ? policies.autoPublish(tx, c.agency()) : Uni.createFrom().item(false))
                            .chain(auto -> auto ? publish(tx, disclosureId, "auto-publish", issued.id().toString()).replaceWithVoid()
                                    : Uni.createFrom().voidItem());
                })));
    }

    /** D-WORKFLOW: the reviewed draft goes public; only a draft can. */
    public Uni<DisclosureRow> publish(SqlConnection tx, UUID disclosureId, String by, String causationId) {
        return records.lock(tx, disclosureId).chain(row -> {
            if (!"DRAFT".equals(row.status())) {
                throw Problems.ruleViolated("D-WORKFLOW", "disclosure " + disclosureId + " is " + row.status()
                        + "; only a DRAFT can be published");
            }
            OffsetDateTime at = today.now();
            return tx.preparedQuery("update disclosures set status = 'PUBLISHED', published_at = $2 where disclosure_id = $1")
                    .execute(Tuple.of(disclosureId, at))
                    .chain(() -> records.version(tx, disclosureId, row.version()))
                    .chain(record -> records.feed(tx, disclosureId, "PUBLISHED", row.version(), at, feedEntry(row, record, null))
                            .chain(() -> outbox.add(tx, DisclosureEvents.published(row.origin(causationId), disclosureId,
                                    row.version(), at, record))))
                    .chain(() -> records.lock(tx, disclosureId));
        });
    }

    /** D-CORRECT: a new version of a published record; the old ones stay. */
    public Uni<DisclosureRow> correct(SqlConnection tx, UUID disclosureId, Correction correction, String by) {
        return records.lock(tx, disclosureId).chain(row -> {
            if (!"PUBLISHED".equals(row.status())) {
                throw Problems.ruleViolated("D-CORRECT", "disclosure " + disclosureId + " is " + row.status()
                        + "; only a published record is corrected");
            }
            int next = row.version() + 1;
            OffsetDateTime at = today.now();
            return facts.personNames(tx, row.caseId()).chain(names -> records.version(tx, disclosureId, row.version())
                    .chain(current -> {
                        PublicRecord corrected = correction.applyTo(current, builder, names);
                        String reason = builder.redactor().text(correction.reason(), names);
                        return records.addVersion(tx, disclosureId, next, corrected, reason, by)
                                .chain(() -> tx.preparedQuery("update disclosures set version = $2, document_number = $3"
                                                + " where disclosure_id = $1")
                                        .execute(Tuple.of(disclosureId, next, corrected.documentNumber())))
                                .chain(() -> records.feed(tx, disclosureId, "CORRECTED", next, at, feedEntry(row, corrected, reason)))
                                .chain(() -> outbox.add(tx, DisclosureEvents.corrected(row.origin(null), disclosureId, next,
                                        reason, at, corrected)));
                    }))
                    .chain(() -> records.lock(tx, disclosureId));
        });
    }

    static JsonNode feedEntry(DisclosureRow row, PublicRecord record, String reason) {
        var entry = JSON.createObjectNode().put("disclosureId", row.disclosureId().toString())
                .put("caseId", row.caseId().toString());
        if (reason != null) {
            entry.put("reason", reason);
        }
        entry.set("record", JSON.valueToTree(record));
        return entry;
    }
}
