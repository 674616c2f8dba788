package gov.enforcement.disclosure.search;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the index reads from PostgreSQL, the source of truth: every published record (to rebuild), and the rows
 * written since a transaction horizon (to follow). The horizon is the oldest transaction still running when the
 * rows were read: everything older is committed and was seen, anything newer is read again next time, so a
 * transaction that commits late is never skipped (a high-water mark on a sequence would skip it).
 */
@ApplicationScoped
public class PublishedChanges {

    private static final String COLUMNS = "d.disclosure_id, d.status, d.version, d.published_at, d.public_until,"
            + " d.search_tx, v.record::text as record";
    private static final String HORIZON = "pg_snapshot_xmin(pg_current_snapshot())::text::bigint";
    private static final String CHANGED = "with h as (select " + HORIZON + " as horizon)"
            + " select h.horizon, c.* from h left join lateral (select " + COLUMNS + " from disclosures d"
            + " left join disclosure_versions v on v.disclosure_id = d.disclosure_id and v.version = d.version"
            + " where (d.search_tx, d.disclosure_id) > ($1, $2) order by d.search_tx, d.disclosure_id limit $3) c on true";
    private static final String PUBLISHED = "select " + COLUMNS + " from disclosures d"
            + " join disclosure_versions v on v.disclosure_id = d.disclosure_id and v.version = d.version"
            + " where d.status = 'PUBLISHED' and d.disclosure_id > $1 order by d.disclosure_id limit $2";
    static final UUID FIRST = new UUID(0, 0);

    private final Pool pool;

    public PublishedChanges(Pool pool) {
        this.pool = pool;
    }

    /** The database's identity (search_origin): an index built from another database is not reused. */
    public Uni<String> origin() {
        return pool.query("select origin::text from search_origin order by created_at limit 1").execute()
                .map(rows -> rows.iterator().next().getString(0));
    }

    public Uni<Long> horizon() {
        return pool.query("select " + HORIZON).execute().map(rows -> rows.iterator().next().getLong(0));
    }

    /** Published records after {@code after} in id order: one batch of a rebuild. */
    public Uni<List<IndexedRow>> published(UUID after, int limit) {
        return pool.preparedQuery(PUBLISHED).execute(Tuple.of(after, limit)).map(rows -> {
            List<IndexedRow> out = new ArrayList<>();
            rows.forEach(r -> out.add(IndexedRow.from(r)));
            return out;
        });
    }

    /** Rows written after position (tx, id) in write order, with the horizon of the same snapshot. */
    public Uni<Changes> changed(long tx, UUID after, int limit) {
        return pool.preparedQuery(CHANGED).execute(Tuple.of(tx, after, limit)).map(rows -> {
            long horizon = 0;
            List<IndexedRow> out = new ArrayList<>();
            for (Row r : rows) {
                horizon = r.getLong("horizon");
                if (r.getUUID("disclosure_id") != null) {
                    out.add(IndexedRow.from(r));
                }
            }
            return new Changes(horizon, out);
        });
    }

    /** A batch of changed rows and the horizon read with them. */
    public record Changes(long horizon, List<IndexedRow> rows) {
    }

    /** A disclosure as the index needs it: visibility and the current redacted record (JSON). */
    public record IndexedRow(UUID disclosureId, String status, int version, OffsetDateTime publishedAt,
                             LocalDate publicUntil, long tx, String record) {

        static IndexedRow from(Row r) {
            return new IndexedRow(r.getUUID("disclosure_id"), r.getString("status"), r.getInteger("version"),
                    r.getOffsetDateTime("published_at"), r.getLocalDate("public_until"), r.getLong("search_tx"),
                    r.getString("record"));
        }

        /** What the public may see: published (and not since withdrawn), with a record. */
        public boolean isPublic() {
            return "PUBLISHED".equals(status) && publishedAt != null && record != null;
        }
    }
}
