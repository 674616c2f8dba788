package gov.enforcement.disclosure.records;

import gov.enforcement.platform.money.Amounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads what the case events recorded in {@code disclosure_cases} as the facts of a disclosure. */
@ApplicationScoped
public class CaseFactsReader {

    private static final ObjectMapper JSON = CloudEventCodec.mapper();

    /** The facts of an issued decision; a case disclosure never heard of cannot be disclosed (dead letter). */
    public Uni<CaseFacts> read(SqlClient client, UUID caseId, UUID issuedEventId, JsonNode issued) {
        return client.preparedQuery("select agency, case_number, category, matter, unit, parties::text, drafts::text"
                        + " from disclosure_cases where case_id = $1").execute(Tuple.of(caseId))
                .map(rows -> {
                    if (rows.rowCount() == 0) {
                        throw new PoisonMessageException("DecisionIssued for case " + caseId + " that was never registered");
                    }
                    Row row = rows.iterator().next();
                    JsonNode drafts = tree(row.getString("drafts"));
                    Draft draft = draft(drafts.path(issued.path("draftHash").asText()));
                    String matter = row.getString("matter");
                    return new CaseFacts(caseId, row.getString("agency"), row.getString("case_number"),
                            row.getString("category"), matter == null ? "" : matter, row.getString("unit"),
                            parties(tree(row.getString("parties"))), draft, issued.path("documentNumber").asText(),
                            LocalDate.parse(issued.path("decidedOn").asText()), issuedEventId);
                });
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
                d.path("licenceRevoked").asBoolean(false), d.path("businessClosed").asBoolean(false));
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

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
