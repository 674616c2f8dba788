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
        return facts.read(tx, UUID.fromString(issued.subject()), issued.id(), issued.data()).chain(c -> open(tx, issued, c));
    }

    /** P-SIMPLE, D-POST-7: an on-the-spot decision is a penalty decision, disclosed from its own data. */
    public Uni<Void> onTheSpot(SqlConnection tx, CloudEvent made) {
        return facts.onTheSpot(tx, made).chain(c -> open(tx, made, c));
    }

    /** P-LICENSE, D-POST-7: a licence granted or refused. */
    public Uni<Void> onLicenceDecided(SqlConnection tx, CloudEvent decided) {
        return facts.licence(tx, decided).chain(c -> open(tx, decided, c));
    }

    /** P-INSPECT, D-PRE-RANDOM: an inspection result, disclosed as decision information (D-POST-20). */
    public Uni<Void> onInspectionConcluded(SqlConnection tx, CloudEvent concluded) {
        return facts.inspection(tx, concluded).chain(c -> open(tx, concluded, c));
    }

    /**
     * The obligation of a deciding event and its generated draft record, of the kind the facts are. A decision
     * made again after its predecessor was withdrawn names that one (P-REDECIDE).
     */
    private Uni<Void> open(SqlConnection tx, CloudEvent deciding, CaseFacts c) {
        return policies.matter(tx, c.matter()).chain(policy -> calendars.current(tx).chain(calendar -> replaced(tx, c.caseId())
                .chain(replaces -> {
                    ObligationRule rule = ObligationRule.decide(c.kind(), policy);
                    Deadline deadline = rule.publishable() && rule.workingDays() != null
                            ? Deadline.of(calendar, c.decidedOn(), rule.workingDays()) : null;
                    String calendarVersion = deadline != null ? deadline.calendarVersion()
                            : calendar.versionFor(c.decidedOn(), c.decidedOn());
                    LocalDate until = period.until(c.decidedOn(), c.kind(), c.draft(), c.licence());
                    PublicRecord record = builder.build(c, until, PublicityPeriod.penaltyCredit(c.kind(), c.draft()), replaces);
                    UUID disclosureId = UUID.randomUUID();
                    String status = rule.publishable() ? "DRAFT" : "EXEMPT";
                    long caseVersion = deciding.caseVersion() == null ? 1 : deciding.caseVersion();
                    return tx.preparedQuery("insert into disclosures (disclosure_id, case_id, issued_event_id, agency,"
                                    + " category, matter, document_number, decided_on, rule, deadline_days, due_on,"
                                    + " calendar_version, exempt_reason, status, public_until, case_version, kind, replaces)"
                                    + " values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18)")
                            .execute(Tuple.from(Arrays.asList(disclosureId, c.caseId(), deciding.id(), c.agency(), c.category(),
                                    c.matter(), c.documentNumber(), c.decidedOn(), rule.rule(),
                                    rule.workingDays(), deadline == null ? null : deadline.dueOn(),
                                    calendarVersion, rule.reason(), status, until, caseVersion, c.kind().name(),
                                    replaces == null ? null : replaces.disclosureId())))
                            .chain(() -> records.addVersion(tx, disclosureId, 1, record, null, "generated"))
                            .chain(() -> rule.publishable() ? policies.autoPublish(tx, c.agency()) : Uni.createFrom().item(false))
                            .chain(auto -> auto ? publish(tx, disclosureId, "auto-publish", deciding.id().toString()).replaceWithVoid()
                                    : Uni.createFrom().voidItem());
                })));
    }

    /** P-REDECIDE: the case's most recently withdrawn disclosure that the public had seen, or null. */
    private Uni<PublicRecord.Replaces> replaced(SqlConnection tx, UUID caseId) {
        return tx.preparedQuery("select disclosure_id, document_number from disclosures where case_id = $1"
                        + " and status = 'WITHDRAWN' and published_at is not null order by withdrawn_at desc limit 1")
                .execute(Tuple.of(caseId))
                .map(rows -> rows.rowCount() == 0 ? null : new PublicRecord.Replaces(rows.iterator().next().getUUID(0),
                        rows.iterator().next().getString(1)));
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
            if (!row.kind().hasPenaltyItems() && correction.touchesPenaltyItems()) {
                throw Problems.ruleViolated("P-OUTCOME", "disclosure " + disclosureId + " is a " + row.kind().label()
                        + ", not a penalty: it has no penalty category, content or amounts to correct");
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
