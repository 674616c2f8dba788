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

    /** The data of the case events disclosed from their own data, as their schemas publish them. */
    private record OnTheSpotDecision(String documentNumber, List<String> penalties, BigDecimal fineAmount, String facts,
                                     String legalBasis, OffsetDateTime decidedAt) {
    }

    private record LicenceDecision(boolean granted, String licenceNumber, String kind, LocalDate validFrom,
                                   LocalDate validTo, String reasons, LocalDate decidedOn) {
    }

    private record InspectionResult(String subject, List<String> items, String result, String findings,
                                    UUID randomDrawId, OffsetDateTime concludedAt) {
    }

    /** P-SIMPLE: an on-the-spot decision is disclosed from its own data; no draft precedes it. */
    public Uni<CaseFacts> onTheSpot(SqlClient client, CloudEvent event) {
        OnTheSpotDecision d = data(event, OnTheSpotDecision.class);
        Draft draft = new Draft("当场行政处罚决定", orEmpty(d.facts()), orEmpty(d.legalBasis()), readable(d.fineAmount()),
                null, false, false, "PENALTY", null, d.penalties() == null ? List.of() : d.penalties());
        LocalDate decidedOn = d.decidedAt().atZoneSameInstant(Today.CHINA).toLocalDate();
        return registered(client, UUID.fromString(event.subject()), "OnTheSpotDecisionMade").map(c -> new CaseFacts(
                c.caseId(), c.agency(), c.caseNumber(), c.category(), c.matter(), c.unit(), c.parties(), draft,
                d.documentNumber(), decidedOn, event.id(), DecisionKind.PENALTY, null, null));
    }

    /**
     * P-LICENSE: a licensing decision, granted or refused. The event names no decision document, so a granted
     * licence is known by its licence number and a refusal by the case number.
     */
    public Uni<CaseFacts> licence(SqlClient client, CloudEvent event) {
        LicenceDecision d = data(event, LicenceDecision.class);
        PublicRecord.Licence licence = new PublicRecord.Licence(d.granted(), d.licenceNumber(), d.kind(), d.validFrom(),
                d.validTo(), d.reasons());
        return registered(client, UUID.fromString(event.subject()), "LicenceDecided").map(c -> new CaseFacts(
                c.caseId(), c.agency(), c.caseNumber(), c.category(), c.matter(), c.unit(), c.parties(),
                new Draft(d.granted() ? "准予行政许可" : "不予行政许可", null, null, null, null, false, false),
                d.granted() && d.licenceNumber() != null ? d.licenceNumber() : c.caseNumber(),
                d.decidedOn(), event.id(), DecisionKind.LICENCE, licence, null));
    }

    /** P-INSPECT: an inspection's result; it has no decision document, so the case number stands for one. */
    public Uni<CaseFacts> inspection(SqlClient client, CloudEvent event) {
        InspectionResult d = data(event, InspectionResult.class);
        PublicRecord.Inspection inspection = new PublicRecord.Inspection(orEmpty(d.subject()),
                d.items() == null ? List.of() : d.items(), orEmpty(d.result()), orEmpty(d.findings()), d.randomDrawId());
        LocalDate concludedOn = d.concludedAt().atZoneSameInstant(Today.CHINA).toLocalDate();
        return registered(client, UUID.fromString(event.subject()), "InspectionConcluded").map(c -> new CaseFacts(
                c.caseId(), c.agency(), c.caseNumber(), c.category(), c.matter(), c.unit(), c.parties(),
                new Draft("行政检查结果", null, null, null, null, false, false), c.caseNumber(), concludedOn, event.id(),
                DecisionKind.INSPECTION_RESULT, null, inspection));
    }

    /** An event's data as its type; data its schema would refuse is a poison message (dead letter). */
    private static <T> T data(CloudEvent event, Class<T> type) {
        try {
            return JSON.treeToValue(event.data(), type);
        } catch (IOException | IllegalArgumentException e) {
            throw new PoisonMessageException("event " + event.id() + " of type " + event.type() + " cannot be read by its schema: "
                    + e.getMessage(), e);
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
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
                        .map(Party::personName).filter(java.util.Objects::nonNull).toList());
    }

    static List<Party> parties(JsonNode array) {
        List<Party> out = new ArrayList<>();
        for (JsonNode p : array) {
            out.add(new Party(p.path("kind").asText(), p.path("name").asText(), text(p, "idNumber"), text(p, "creditCode"),
                    text(p.path("operator"), "name")));
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
        return readable(n.isNumber() && (!n.isFloatingPointNumber() || Double.isFinite(n.doubleValue()))
                ? n.decimalValue() : null);
    }

    private static BigDecimal readable(BigDecimal amount) {
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

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
