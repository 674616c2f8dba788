package gov.enforcement.disclosure.publicapi;

import gov.enforcement.disclosure.records.PublicRecords;
import gov.enforcement.disclosure.records.Today;
import gov.enforcement.disclosure.search.SearchDocument;
import gov.enforcement.disclosure.search.SearchIndex;
import gov.enforcement.disclosure.search.SearchPage;
import gov.enforcement.disclosure.search.SearchQuery;
import gov.enforcement.platform.problem.ProblemException;
import gov.enforcement.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Published, redacted decisions as the public sees them: bounded search (the index) and single records (PostgreSQL). */
@ApplicationScoped
public class PublicDecisions {

    private final Pool pool;
    private final PublicRecords records;
    private final Today today;
    private final SearchIndex index;

    public PublicDecisions(Pool pool, PublicRecords records, Today today, SearchIndex index) {
        this.pool = pool;
        this.records = records;
        this.today = today;
        this.index = index;
    }

    /** Served by this replica's Lucene index alone (search.SearchIndex); PostgreSQL is not on the search path. */
    public SearchPage search(String agency, String category, String kind, String q, String from, String to, String page,
                             String size, String cursor) {
        return index.search(SearchQuery.parse(agency, category, kind, q, from, to, page, size, cursor));
    }

    /** P-REDECIDE: the published decision made again in place of a withdrawn one, so its old address points on. */
    private Uni<UUID> replacedBy(UUID id) {
        return pool.preparedQuery("select disclosure_id from disclosures where replaces = $1 and status = 'PUBLISHED'"
                        + " order by decided_on desc limit 1").execute(Tuple.of(id))
                .map(rows -> rows.rowCount() == 0 ? null : rows.iterator().next().getUUID(0));
    }

    public Uni<Map<String, Object>> get(UUID id) {
        return pool.preparedQuery("select status, version, published_at, public_until, withdrawn_at, withdraw_reason,"
                        + " document_number from disclosures where disclosure_id = $1").execute(Tuple.of(id))
                .chain(rows -> {
                    var row = rows.rowCount() == 0 ? null : rows.iterator().next();
                    if (row == null || "DRAFT".equals(row.getString("status")) || "EXEMPT".equals(row.getString("status"))
                            || ("WITHDRAWN".equals(row.getString("status")) && row.getOffsetDateTime("published_at") == null)) {
                        throw Problems.notFound("published decision " + id);
                    }
                    if ("WITHDRAWN".equals(row.getString("status"))) {
                        Map<String, Object> tombstone = new LinkedHashMap<>();
                        tombstone.put("disclosureId", id);
                        tombstone.put("status", "WITHDRAWN");
                        tombstone.put("documentNumber", row.getString("document_number"));
                        tombstone.put("reason", row.getString("withdraw_reason"));
                        tombstone.put("withdrawnAt", row.getOffsetDateTime("withdrawn_at"));
                        return replacedBy(id).map(next -> {
                            tombstone.put("replacedBy", next);
                            return tombstone;
                        });
                    }
                    if (row.getLocalDate("public_until").isBefore(today.date())) {
                        throw new ProblemException(410, "publicity-ended", "Publicity period ended",
                                "the publicity period of " + id + " ended on " + row.getLocalDate("public_until"), "D-PERIOD", null);
                    }
                    int version = row.getInteger("version");
                    return records.version(pool, id, version).chain(record -> records.history(pool, id).map(history -> {
                        Map<String, Object> view = SearchDocument.view(id, version, row.getOffsetDateTime("published_at"), record);
                        view.put("versions", history);
                        return view;
                    }));
                });
    }
}
