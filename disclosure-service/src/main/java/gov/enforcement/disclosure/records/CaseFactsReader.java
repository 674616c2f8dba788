package gov.enforcement.disclosure.records;

import gov.enforcement.platform.money.Amounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.CloudEventCodec;
import gov.enforcement.platform.messaging.PoisonMessageException;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads what the case events recorded in {@code disclosure_cases} as the facts of a disclosure. */
@ApplicationScoped
public class CaseFactsReader {

    private static final ObjectMapper JSON = CloudEventCodec.mapper();

    /** The facts of an issued decision; a case disclosure never heard of cannot be disclosed (dead letter). */
    public Uni<CaseFacts> read(SqlClient client, UUID caseId, UUID issuedEventId, JsonNode issued) {
        return registered(client, caseId, "DecisionIssued").map(c -> {
            Draft draft = draft(c.drafts().path(issued.path("draftHash").asText()));
            return new CaseFacts(caseId, c.agency(), c.caseNumber(), c.category(), c.matter(), c.unit(), c.parties(),
                    draft, issued.path("documentNumber").asText(), LocalDate.parse(issued.path("decidedOn").asText()),
                    issuedEventId);
        });
    }

    /** P-SIMPLE: an on-the-spot decision is disclosed from its own data; no draft precedes it. */
    public Uni<CaseFacts> onTheSpot(SqlClient client, CloudEvent event) {
        JsonNode d = event.data();
        List<String> penalties = new ArrayList<>();
        d.path("penalties").forEach(p -> penalties.add(p.asText()));
        Draft draft = new Draft("当场行政处罚决定", d.path("facts").asText(""), d.path("legalBasis").asText(""),
                amount(d.path("fineAmount")), null, false, false, "PENALTY", null, penalties);
        LocalDate decidedOn = OffsetDateTime.parse(d.path("decidedAt").asText()).atZoneSameInstant(Today.CHINA).toLocalDate();
        return registered(client, UUID.fromString(event.subject()), "OnTheSpotDecisionMade").map(c -> new CaseFacts(
                c.caseId(), c.agency(), c.caseNumber(), c.category(), c.matter(), c.unit(), c.parties(), draft,
                d.path("documentNumber").asText(), decidedOn, event.id(), DecisionKind.PENALTY, null, null));
    }

    /**
     * P-LICENSE: a licensing decision, granted or refused. The event names no decision document, so a granted
     * licence is known by its licence number and a refusal by the case number.
     */
    public Uni<CaseFacts> licence(SqlClient client, CloudEvent event) {
        JsonNode d = event.data();
        boolean granted = d.path("granted").asBoolean(false);
        PublicRecord.Licence licence = new PublicRecord.Licence(granted, text(d, "licenceNumber"), text(d, "kind"),
                date(d, "validFrom"), date(d, "validTo"), text(d, "reasons"));
        return registered(client, UUID.fromString(event.subject()), "LicenceDecided").map(c -> new CaseFacts(
                c.caseId(), c.agency(), c.caseNumber(), c.category(), c.matter(), c.unit(), c.parties(),
                new Draft(granted ? "准予行政许可" : "不予行政许可", null, null, null, null, false, false),
                granted && licence.number() != null ? licence.number() : c.caseNumber(),
                LocalDate.parse(d.path("decidedOn").asText()), event.id(), DecisionKind.LICENCE, licence, null));
    }

    /** P-INSPECT: an inspection's result; it has no decision document, so the case number stands for one. */
    public Uni<CaseFacts> inspection(SqlClient client, CloudEvent event) {
        JsonNode d = event.data();
        List<String> items = new ArrayList<>();
        d.path("items").forEach(i -> items.add(i.asText()));
        String drawId = text(d, "randomDrawId");
        PublicRecord.Inspection inspection = new PublicRecord.Inspection(d.path("subject").asText(""), items,
                d.path("result").asText(""), d.path("findings").asText(""), drawId == null ? null : UUID.fromString(drawId));
        LocalDate concludedOn = OffsetDateTime.parse(d.path("concludedAt").asText()).atZoneSameInstant(Today.CHINA)
                .toLocalDate();
        return registered(client, UUID.fromString(event.subject()), "InspectionConcluded").map(c -> new CaseFacts(
                c.caseId(), c.agency(), c.caseNumber(), c.category(), c.matter(), c.unit(), c.parties(),
                new Draft("行政检查结果", null, null, null, null, false, false), c.caseNumber(), concludedOn, event.id(),
                DecisionKind.INSPECTION_RESULT, null, inspection));
    }

    /** The case as registered; a case disclosure never heard of cannot be disclosed (dead letter). */
    private Uni<Registered> registered(SqlClient client, UUID caseId, String what) {
        return client.preparedQuery("select agency, case_number, category, matter, unit, parties::text, drafts::text"
                        + " from disclosure_cases where case_id = $1").execute(Tuple.of(caseId))
                .map(rows -> {
                    if (rows.rowCount() == 0) {
                        throw new PoisonMessageException(what + " for case " + caseId + " that was never registered");
                    }
                    Row row = rows.iterator().next();
                    String matter = row.getString("matter");
                    return new Registered(caseId, row.getString("agency"), row.getString("case_number"),
                            row.getString("category"), matter == null ? "" : matter, row.getString("unit"),
                            parties(tree(row.getString("parties"))), tree(row.getString("drafts")));
                });
    }

    private record Registered(UUID caseId, String agency, String caseNumber, String category, String matter, String unit,
                              List<Party> parties, JsonNode drafts) {
    }

    /** The names of the case's natural persons: masked wherever they appear. */
    public Uni<List<String>> personNames(SqlClient client, UUID caseId) {
        return client.preparedQuery("select parties::text from disclosure_cases where case_id = $1").execute(Tuple.of(caseId))
                .map(rows -> rows.rowCount() == 0 ? List.<String>of()
                        : parties(tree(rows.iterator().next().getString(0))).stream()
                        .filter(Party::isPerson).map(Party::name).toList());
    }

    static List<Party> parties(JsonNode array) {
        List<Party> out = new ArrayList<>();
        for (JsonNode p : array) {
            out.add(new Party(p.path("kind").asText(), p.path("name").asText(), text(p, "idNumber"), text(p, "creditCode")));
        }
        return out;
    }

    static Draft draft(JsonNode d) {
        if (d.isMissingNode() || d.isNull()) {
            return Draft.empty();
        }
        return new Draft(d.path("decisionType").asText(""), d.path("facts").asText(""), d.path("legalBasis").asText(""),
                amount(d.path("fineAmount")), amount(d.path("confiscationAmount")),
                d.path("licenceRevoked").asBoolean(false), d.path("businessClosed").asBoolean(false),
                text(d, "outcome"), text(d, "noPenaltyGround"), List.of());
    }

    private static BigDecimal amount(JsonNode n) {
        BigDecimal amount = n.isNumber() && (!n.isFloatingPointNumber() || Double.isFinite(n.doubleValue()))
                ? n.decimalValue() : null;
        if (!Amounts.readable(amount)) {
            // the decision is still disclosed; an amount no person could have decided is left out, not shown
            Log.warnf("a drafted or issued decision's amount %s is left out of its disclosure",
                    amount.toString().length() > 40 ? amount.toString().substring(0, 40) + "…" : amount);
            return null;
        }
        return amount;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static LocalDate date(JsonNode n, String field) {
        return n.hasNonNull(field) ? LocalDate.parse(n.get(field).asText()) : null;
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
