package gov.enforcement.disclosure.publicapi;

import gov.enforcement.disclosure.records.SearchCode;
import gov.enforcement.disclosure.records.PublicRecords;
import gov.enforcement.disclosure.records.Today;
import gov.enforcement.platform.problem.ProblemException;
import gov.enforcement.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Published, redacted decisions as the public sees them: bounded search and single records (API and portal). */
@ApplicationScoped
public class PublicDecisions {

    private final Pool pool;
    private final PublicRecords records;
    private final Today today;

    public PublicDecisions(Pool pool, PublicRecords records, Today today) {
        this.pool = pool;
        this.records = records;
        this.today = today;
    }

    public Uni<Map<String, Object>> search(String agency, String category, String q, String from, String to, String page,
                                           String size) {
        SearchQuery query = SearchQuery.parse(agency, category, q, from, to, page, size);
        List<Object> args = new ArrayList<>(List.of(today.date()));
        // the page is chosen on disclosures alone; only its rows fetch their published record
        StringBuilder sql = new StringBuilder("select d.disclosure_id, d.version, d.published_at, v.record::text"
                + " from (select d.disclosure_id, d.version, d.published_at, d.decided_on from disclosures d"
                + " where d.status = 'PUBLISHED' and d.public_until >= $1");
        if (query.agency() != null) {
            args.add(query.agency());
            sql.append(" and d.agency = $").append(args.size());
        }
        if (query.category() != null) {
            args.add(query.category());
            sql.append(" and d.category = $").append(args.size());
        }
        if (query.from() != null) {
            args.add(query.from());
            sql.append(" and d.decided_on >= $").append(args.size());
        }
        if (query.to() != null) {
            args.add(query.to());
            sql.append(" and d.decided_on <= $").append(args.size());
        }
        if (query.q() != null) {
            String needle = query.q().toLowerCase();
            // the trigram index narrows by the spelled-out text; the LIKE on the plain text confirms
            args.add("%" + SearchCode.encode(needle) + "%");
            sql.append(" and d.search_code like $").append(args.size());
            args.add("%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            sql.append(" and d.search_text like $").append(args.size());
        }
        args.add(query.size() + 1);
        sql.append(" order by d.decided_on desc, d.disclosure_id limit $").append(args.size());
        args.add(query.offset());
        sql.append(" offset $").append(args.size());
        sql.append(") d join disclosure_versions v on v.disclosure_id = d.disclosure_id and v.version = d.version"
                + " order by d.decided_on desc, d.disclosure_id");
        return pool.preparedQuery(sql.toString()).execute(Tuple.from(args)).map(rows -> {
            List<Map<String, Object>> items = new ArrayList<>();
            rows.forEach(r -> {
                if (items.size() < query.size()) {
                    // one unreadable stored record is left out (and logged), never the whole page
                    PublicRecords.tryParse(r.getString(3), r.getUUID(0))
                            .ifPresent(record -> items.add(view(r.getUUID(0), r.getInteger(1), r.getOffsetDateTime(2), record)));
                }
            });
            Map<String, Object> page0 = new LinkedHashMap<>();
            page0.put("page", query.page());
            page0.put("size", query.size());
            page0.put("hasMore", rows.rowCount() > query.size());
            page0.put("items", items);
            return page0;
        });
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
                        return Uni.createFrom().item(tombstone);
                    }
                    if (row.getLocalDate("public_until").isBefore(today.date())) {
                        throw new ProblemException(410, "publicity-ended", "Publicity period ended",
                                "the publicity period of " + id + " ended on " + row.getLocalDate("public_until"), "D-PERIOD", null);
                    }
                    int version = row.getInteger("version");
                    return records.version(pool, id, version).chain(record -> records.history(pool, id).map(history -> {
                        Map<String, Object> view = view(id, version, row.getOffsetDateTime("published_at"), record);
                        view.put("versions", history);
                        return view;
                    }));
                });
    }

    static Map<String, Object> view(UUID id, int version, java.time.OffsetDateTime publishedAt, Object record) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("disclosureId", id);
        view.put("version", version);
        view.put("corrected", version > 1);
        view.put("publishedAt", publishedAt);
        view.put("record", record);
        return view;
    }
}
