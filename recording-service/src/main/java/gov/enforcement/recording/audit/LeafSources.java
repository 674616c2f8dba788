package gov.enforcement.recording.audit;

import gov.enforcement.audit.leaf.Leaves;
import io.vertx.mutiny.sqlclient.Row;

import java.util.UUID;

/**
 * The rows a leaf is made of, joined to whatever names them (the queue, the leaves) as {@code kind} and
 * {@code ref_id}, and their canonical bytes. Sequencing and verifying use this one reading of the rows.
 */
final class LeafSources {

    /** Columns of the source rows; select them next to {@code kind} and {@code ref_id}. */
    static final String COLUMNS = "e.case_id as e_case_id, e.version, e.event_type, e.data::text as data, e.recorded_at,"
            + " a.case_id as a_case_id, a.actor, a.agency, a.roles, a.purpose, a.what, a.at";

    private LeafSources() {
    }

    /** Joins the source rows to the table aliased {@code alias}, which has {@code kind} and {@code ref_id}. */
    static String joins(String alias) {
        return " left join case_events e on " + alias + ".kind = 'case-event' and e.event_id = " + alias + ".ref_id"
                + " left join access_log a on " + alias + ".kind = 'access' and a.access_id = " + alias + ".ref_id";
    }

    /**
     * One leaf's source: which row, of which case, and its canonical bytes; without bytes, {@code why} says
     * what is wrong (the row is gone, or cannot be canonicalized).
     */
    record Source(String kind, UUID refId, UUID caseId, Long version, byte[] bytes, String why) {

        boolean missing() {
            return bytes == null;
        }
    }

    static Source read(Row row) {
        try {
            return canonical(row);
        } catch (IllegalArgumentException e) {
            UUID caseId = row.getUUID("e_case_id") != null ? row.getUUID("e_case_id") : row.getUUID("a_case_id");
            return new Source(row.getString("kind"), row.getUUID("ref_id"), caseId, row.getLong("version"), null,
                    "the row cannot be read as a leaf: " + e.getMessage());
        }
    }

    private static Source canonical(Row row) {
        String kind = row.getString("kind");
        UUID refId = row.getUUID("ref_id");
        if (Leaves.CASE_EVENT.equals(kind)) {
            UUID caseId = row.getUUID("e_case_id");
            if (caseId == null) {
                return gone(kind, refId);
            }
            long version = row.getLong("version");
            return new Source(kind, refId, caseId, version, Leaves.caseEvent(caseId, version, refId,
                    row.getString("event_type"), row.getOffsetDateTime("recorded_at"), row.getString("data")), null);
        }
        UUID caseId = row.getUUID("a_case_id");
        if (caseId == null) {
            return gone(kind, refId);
        }
        return new Source(kind, refId, caseId, null, Leaves.access(refId, caseId, row.getString("actor"),
                row.getString("agency"), row.getString("roles"), row.getString("purpose"), row.getString("what"),
                row.getOffsetDateTime("at")), null);
    }

    private static Source gone(String kind, UUID refId) {
        return new Source(kind, refId, null, null, null, "the " + kind + " row of this leaf is gone");
    }
}
