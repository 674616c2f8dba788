package gov.enforcement.disclosure.records;

import gov.enforcement.platform.money.Amounts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.events.CloudEventCodec;
import gov.enforcement.platform.problem.Problems;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** Storage of disclosures, their versions (D-CORRECT) and the public feed (D-ONE-ENTRY). */
@ApplicationScoped
public class PublicRecords {

    private static final ObjectMapper JSON = CloudEventCodec.mapper();

    /** The row, locked for the rest of the transaction; 404 when there is none. */
    public Uni<DisclosureRow> lock(SqlConnection tx, UUID disclosureId) {
        return find(tx, disclosureId, " for update");
    }

    public Uni<DisclosureRow> get(SqlClient client, UUID disclosureId) {
        return find(client, disclosureId, "");
    }

    private Uni<DisclosureRow> find(SqlClient client, UUID disclosureId, String lock) {
        return client.preparedQuery("select " + DisclosureRow.COLUMNS + " from disclosures where disclosure_id = $1" + lock)
                .execute(Tuple.of(disclosureId)).map(rows -> {
                    if (rows.rowCount() == 0) {
                        throw Problems.notFound("disclosure " + disclosureId);
                    }
                    return DisclosureRow.from(rows.iterator().next());
                });
    }

    public Uni<Void> addVersion(SqlConnection tx, UUID disclosureId, int version, PublicRecord record, String reason,
                                String by) {
        return tx.preparedQuery("insert into disclosure_versions (disclosure_id, version, record, reason, created_by)"
                        + " values ($1, $2, $3, $4, $5)")
                .execute(Tuple.of(disclosureId, version, new JsonObject(json(record)), reason, by)).replaceWithVoid();
    }

    public Uni<PublicRecord> version(SqlClient client, UUID disclosureId, int version) {
        return client.preparedQuery("select record::text from disclosure_versions where disclosure_id = $1 and version = $2")
                .execute(Tuple.of(disclosureId, version))
                .map(rows -> parse(rows.iterator().next().getString(0)));
    }

    /** Every version of a record: number, time, reason (the public sees that and why it was corrected). */
    public Uni<List<VersionInfo>> history(SqlClient client, UUID disclosureId) {
        return client.preparedQuery("select version, reason, created_at from disclosure_versions where disclosure_id = $1"
                        + " order by version").execute(Tuple.of(disclosureId))
                .map(rows -> {
                    List<VersionInfo> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new VersionInfo(r.getInteger("version"), r.getOffsetDateTime("created_at"),
                            r.getString("reason"))));
                    return out;
                });
    }

    public Uni<Void> feed(SqlConnection tx, UUID disclosureId, String kind, int version, OffsetDateTime at, JsonNode entry) {
        return tx.preparedQuery("insert into public_feed (disclosure_id, kind, version, entry, at, day) values ($1,$2,$3,$4,$5,$6)")
                .execute(Tuple.from(List.of(disclosureId, kind, version, new JsonObject(entry.toString()), at,
                        at.atZoneSameInstant(Today.CHINA).toLocalDate())))
                .replaceWithVoid();
    }

    /** What public search matches as text (search.SearchDocument): the redacted record's words only, lower case. */
    public static String searchText(PublicRecord r) {
        return Stream.concat(r.parties().stream().map(PublicParty::name),
                        Stream.of(r.documentNumber(), r.violationType(), r.facts(), r.penaltyCategory(), r.penaltyContent(),
                                r.unit(), r.legalBasis()))
                .filter(Objects::nonNull).reduce((a, b) -> a + " " + b).orElse("").toLowerCase();
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A stored record as it can be shown: an amount that does not read as yuan and fen (stored before amounts were
     * bounded, e.g. {@code "Infinity"}) is shown as absent and logged, so that one such record never fails a page.
     */
    public static PublicRecord parse(String json) {
        try {
            JsonNode tree = JSON.readTree(json);
            if (tree instanceof ObjectNode record) {
                if (!record.hasNonNull("kind")) {
                    // stored before kinds were named: every such record came from an issued decision without an
                    // outcome, so a penalty case's record is a penalty, kept as credit information
                    DecisionKind kind = DecisionKind.ofCategory(record.path("category").asText());
                    record.put("kind", kind.name());
                    record.put("penaltyCredit", kind == DecisionKind.PENALTY);
                }
                for (String field : AMOUNTS) {
                    JsonNode amount = record.get(field);
                    if (amount != null && !amount.isNull() && !showable(amount)) {
                        Log.warnf("stored record of issued event %s: %s is unreadable or out of range, shown as absent",
                                record.path("issuedEventId").asText(), field);
                        record.putNull(field);
                    }
                }
            }
            return JSON.treeToValue(tree, PublicRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored record unreadable", e);
        }
    }

    /** {@link #parse}, or empty (logged) when nothing of it can be shown: a list then leaves that one out. */
    public static Optional<PublicRecord> tryParse(String json, UUID disclosureId) {
        try {
            return Optional.of(parse(json));
        } catch (RuntimeException e) {
            Log.errorf(e, "stored record of disclosure %s is unreadable; it is left out", disclosureId);
            return Optional.empty();
        }
    }

    private static final List<String> AMOUNTS = List.of("fineAmount", "confiscationAmount");

    private static boolean showable(JsonNode amount) {
        if (!amount.isNumber() || (amount.isFloatingPointNumber() && !Double.isFinite(amount.doubleValue()))) {
            return false;
        }
        try {
            return Amounts.readable(amount.decimalValue());
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** One version of a record. */
    public record VersionInfo(int version, OffsetDateTime at, String reason) {
    }
}
