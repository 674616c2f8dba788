package gov.enforcement.disclosure.records;

import com.fasterxml.jackson.databind.JsonNode;
import gov.enforcement.events.CloudEvent;
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
 * P-LICENSE: a licence revoked (撤销) or cancelled (注销) is withdrawn (D-WITHDRAW, reason public); one renewed (延续)
 * or changed is corrected (D-CORRECT): a new version with the new validity, public while the licence is valid
 * (D-PERIOD), every version kept. A draft not yet published takes the version silently, so that the clerk
 * publishes what holds now.
 */
@ApplicationScoped
public class LicenceChanges {

    private final Withdrawals withdrawals;
    private final CaseFactsReader facts;
    private final Redactor redactor;
    private final PublicRecords records;
    private final Outbox outbox;
    private final Today today;

    public LicenceChanges(Withdrawals withdrawals, CaseFactsReader facts, Redactor redactor, PublicRecords records,
                          Outbox outbox, Today today) {
        this.withdrawals = withdrawals;
        this.facts = facts;
        this.redactor = redactor;
        this.records = records;
        this.outbox = outbox;
        this.today = today;
    }

    public Uni<Void> onAltered(SqlConnection tx, CloudEvent altered) {
        UUID caseId = UUID.fromString(altered.subject());
        JsonNode data = altered.data();
        String change = data.path("change").asText();
        LocalDate validTo = data.hasNonNull("validTo") ? LocalDate.parse(data.get("validTo").asText()) : null;
        if (change.equals("REVOKED") || change.equals("CANCELLED")) {
            return withdrawals.onCause(tx, altered, altered.knownType().orElseThrow().name(), label(change));
        }
        String raw = label(change) + "：" + data.path("reason").asText("");
        return facts.personNames(tx, caseId).chain(names -> tx.preparedQuery("select disclosure_id from disclosures"
                        + " where case_id = $1 and kind = 'LICENCE' and status in ('DRAFT', 'PUBLISHED') for update")
                .execute(Tuple.of(caseId))
                .chain(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    rows.forEach(r -> ids.add(r.getUUID(0)));
                    String reason = redactor.text(raw, names);
                    return Multi.createFrom().iterable(ids)
                            .onItem().transformToUniAndConcatenate(id -> correct(tx, id, validTo, reason, altered))
                            .collect().asList().replaceWithVoid();
                }));
    }

    private Uni<Void> correct(SqlConnection tx, UUID disclosureId, LocalDate validTo, String reason, CloudEvent cause) {
        return records.lock(tx, disclosureId).chain(row -> records.version(tx, disclosureId, row.version()).chain(current -> {
            PublicRecord.Licence before = current.licence();
            PublicRecord.Licence after = before == null || validTo == null ? before
                    : new PublicRecord.Licence(before.granted(), before.number(), before.kind(), before.validFrom(), validTo,
                    before.reasons());
            LocalDate until = validTo == null ? current.publicUntil() : validTo;
            PublicRecord corrected = current.withLicence(after, until);
            int next = row.version() + 1;
            OffsetDateTime at = today.now();
            Uni<Void> stored = records.addVersion(tx, disclosureId, next, corrected, reason, "LicenceAltered")
                    .chain(() -> tx.preparedQuery("update disclosures set version = $2, public_until = $3 where disclosure_id = $1")
                            .execute(Tuple.of(disclosureId, next, until)).replaceWithVoid());
            if (!"PUBLISHED".equals(row.status())) {
                return stored;
            }
            DisclosureEvents.Origin origin = row.causedBy(cause);
            return stored.chain(() -> records.feed(tx, disclosureId, "CORRECTED", next, at,
                            DisclosureWorkflow.feedEntry(row, corrected, reason)))
                    .chain(() -> outbox.add(tx, DisclosureEvents.corrected(origin, disclosureId, next, reason, at, corrected)));
        }));
    }

    static String label(String change) {
        return switch (change) {
            case "RENEWED" -> "行政许可延续";
            case "CHANGED" -> "行政许可变更";
            case "REVOKED" -> "撤销行政许可";
            case "CANCELLED" -> "注销行政许可";
            default -> change;
        };
    }
}
