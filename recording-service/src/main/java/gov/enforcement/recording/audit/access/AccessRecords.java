package gov.enforcement.recording.audit.access;

import gov.enforcement.audit.leaf.Leaves;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * R-ACCESS for auditors: the access records, oldest first, a page at a time, each with its place in the
 * audit log (leaf index and hash) and its leaf bytes, so that the existing inclusion proof proves it.
 */
@ApplicationScoped
public class AccessRecords {

    private static final String PAGE = "select a.access_id, a.case_id, a.actor, a.agency, a.roles, a.purpose, a.what, a.at,"
            + " l.leaf_index, l.leaf_hash from access_log a"
            + " left join audit_leaves l on l.kind = 'access' and l.ref_id = a.access_id"
            + " where ($1::uuid is null or a.case_id = $1) and ($2::text is null or a.actor = $2)"
            + " and ($3::text is null or a.agency = $3) and ($4::timestamptz is null or a.at >= $4)"
            + " and ($5::timestamptz is null or a.at < $5)"
            + " and ($6::uuid is null or (a.at, a.access_id) > (select c.at, c.access_id from access_log c where c.access_id = $6))"
            + " order by a.at, a.access_id limit $7";

    private final Pool pool;

    public AccessRecords(Pool pool) {
        this.pool = pool;
    }

    /** Which records: every filter is optional; {@code after} is the last access id of the previous page. */
    public record Query(UUID caseId, String actor, String agency, OffsetDateTime from, OffsetDateTime to, UUID after,
                        int limit) {
    }

    /** One page; {@code next} is the {@code after} of the next page, null on the last one. */
    public record Page(List<Listed> records, UUID next) {
    }

    /**
     * One access record as stored and as hashed: {@code leaf} is its canonical bytes (base64), {@code leafIndex}
     * and {@code leafHash} its place in the log, null until the sequencer has taken it (a moment).
     */
    public record Listed(UUID accessId, UUID caseId, String actor, String agency, String roles, String purpose,
                         String what, String at, Long leafIndex, String leafHash, String leaf) {
    }

    public Uni<Page> page(Query q) {
        Tuple params = Tuple.tuple().addUUID(q.caseId()).addString(q.actor()).addString(q.agency())
                .addOffsetDateTime(q.from()).addOffsetDateTime(q.to()).addUUID(q.after()).addInteger(q.limit() + 1);
        return pool.preparedQuery(PAGE).execute(params).map(rows -> {
            List<Listed> listed = new ArrayList<>();
            rows.forEach(row -> listed.add(listed(row)));
            boolean more = listed.size() > q.limit();
            List<Listed> page = more ? List.copyOf(listed.subList(0, q.limit())) : List.copyOf(listed);
            return new Page(page, more ? page.get(page.size() - 1).accessId() : null);
        });
    }

    private static Listed listed(Row row) {
        UUID accessId = row.getUUID("access_id");
        UUID caseId = row.getUUID("case_id");
        OffsetDateTime at = row.getOffsetDateTime("at");
        byte[] leaf = Leaves.access(accessId, caseId, row.getString("actor"), row.getString("agency"),
                row.getString("roles"), row.getString("purpose"), row.getString("what"), at);
        var hash = row.getBuffer("leaf_hash");
        Base64.Encoder b64 = Base64.getEncoder();
        return new Listed(accessId, caseId, row.getString("actor"), row.getString("agency"), row.getString("roles"),
                row.getString("purpose"), row.getString("what"), Leaves.time(at), row.getLong("leaf_index"),
                hash == null ? null : b64.encodeToString(hash.getBytes()), b64.encodeToString(leaf));
    }
}
