package gov.enforcement.benchmark.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.benchmark.search.PublishedRecords.Generated;
import gov.enforcement.benchmark.stack.BenchStack;
import gov.enforcement.disclosure.records.PublicRecords;
import gov.enforcement.events.CloudEventCodec;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Bulk-loads published decisions straight into disclosure-service's tables (disclosures, disclosure_versions,
 * public_feed) with COPY: the rows the publish path would have written. A million decisions through the whole
 * pipeline would take hours on two cores; disclosure's search index follows these tables (a trigger stamps each row
 * with its transaction), so it sees exactly what it would have seen.
 */
public final class PublishedRecordLoader {

    static final int BATCH = 5_000;
    static final int WORKERS = 2;
    /** From this many rows on, the search indexes are dropped and rebuilt from their own definitions afterwards. */
    static final long REBUILD_FROM = 100_000;
    private static final ObjectMapper JSON = CloudEventCodec.mapper();

    private final BenchStack stack;

    public PublishedRecordLoader(BenchStack stack) {
        this.stack = stack;
    }

    private static long per(long count) {
        return (count + WORKERS - 1) / WORKERS;
    }

    /** The number of the last record each worker of {@link #load} writes: the last ones it commits. */
    public static List<Long> lastOfEachPart(long first, long count) {
        List<Long> out = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            long to = Math.min(first + count, first + (w + 1) * per(count));
            if (to > first + w * per(count)) {
                out.add(to - 1);
            }
        }
        return out;
    }

    /** Adds {@code count} published decisions numbered from {@code first}; answers rows per second. */
    public double load(long first, long count) throws Exception {
        long start = System.nanoTime();
        List<String> indexes = count >= REBUILD_FROM ? dropSearchIndexes() : List.of();
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Future<?>> parts = new ArrayList<>();
            long per = per(count);
            for (int w = 0; w < WORKERS; w++) {
                long from = first + w * per;
                long to = Math.min(first + count, from + per);
                parts.add(pool.submit(() -> {
                    loadRange(from, to);
                    return null;
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } finally {
            pool.shutdownNow();
        }
        try (Connection c = stack.connect("disclosure"); Statement s = c.createStatement()) {
            s.execute("set maintenance_work_mem = '256MB'");
            for (String definition : indexes) {
                System.out.println("benchmark: " + definition);
                s.execute(definition);
            }
            // vacuum, not only analyze: a million fresh rows would otherwise be vacuumed by autovacuum while the
            // searches are measured, and index-only scans would visit the heap until the visibility map is set
            for (String table : List.of("disclosures", "disclosure_versions", "public_feed")) {
                s.execute("vacuum (analyze) " + table);
            }
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * Drops the partial public indexes of {@code disclosures} (and a trigram index, on an older schema); answers
     * their definitions as PostgreSQL states them, to recreate exactly these after the load.
     */
    private List<String> dropSearchIndexes() throws Exception {
        List<String> definitions = new ArrayList<>();
        try (Connection c = stack.connect("disclosure"); Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("select indexname, indexdef from pg_indexes where tablename = 'disclosures'"
                    + " and indexname like 'disclosures_public_%' or indexname = 'disclosures_search_trgm'")) {
                List<String> names = new ArrayList<>();
                while (rs.next()) {
                    names.add(rs.getString(1));
                    definitions.add(rs.getString(2));
                }
                for (String name : names) {
                    s.execute("drop index " + name);
                }
            }
        }
        return definitions;
    }

    private void loadRange(long from, long to) throws Exception {
        PublishedRecords generator = new PublishedRecords();
        try (Connection c = stack.connect("disclosure")) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (long batchStart = from; batchStart < to; batchStart += BATCH) {
                long batchEnd = Math.min(to, batchStart + BATCH);
                StringBuilder disclosures = new StringBuilder();
                StringBuilder versions = new StringBuilder();
                StringBuilder feed = new StringBuilder();
                for (long n = batchStart; n < batchEnd; n++) {
                    rows(generator.generate(n), disclosures, versions, feed);
                }
                c.setAutoCommit(false);
                copy.copyIn("copy disclosures (disclosure_id, case_id, issued_event_id, agency, category, matter,"
                        + " document_number, decided_on, rule, deadline_days, due_on, calendar_version, exempt_reason, status,"
                        + " version, published_at, public_until, case_version, kind) from stdin",
                        new StringReader(disclosures.toString()));
                copy.copyIn("copy disclosure_versions (disclosure_id, version, record, reason, created_by) from stdin",
                        new StringReader(versions.toString()));
                copy.copyIn("copy public_feed (disclosure_id, kind, version, entry, at, day) from stdin",
                        new StringReader(feed.toString()));
                c.commit();
                if ((batchEnd - from) % 100_000 == 0) {
                    System.out.printf("benchmark: %,d of %,d decisions by this loader%n", batchEnd - from, to - from);
                }
            }
        }
    }

    private static void rows(Generated g, StringBuilder disclosures, StringBuilder versions, StringBuilder feed) {
        var f = g.facts();
        String record = PublicRecords.json(g.record());
        OffsetDateTime publishedAt = g.deadline().dueOn().minusDays(3).atTime(LocalTime.of(10, 0)).atOffset(ZoneOffset.ofHours(8));
        if (publishedAt.toLocalDate().isBefore(f.decidedOn())) {
            publishedAt = f.decidedOn().atTime(LocalTime.of(16, 0)).atOffset(ZoneOffset.ofHours(8));
        }
        line(disclosures, g.disclosureId(), g.caseId(), g.issuedEventId(), f.agency(), f.category(), f.matter(),
                f.documentNumber(), f.decidedOn(), g.rule(), g.deadlineDays(), g.deadline().dueOn(),
                g.deadline().calendarVersion(), null, "PUBLISHED", 1, publishedAt, g.record().publicUntil(), g.caseVersion(),
                gov.enforcement.disclosure.records.DecisionKind.ofCategory(f.category()).name());
        line(versions, g.disclosureId(), 1, record, null, "generated");
        // the feed entry as DisclosureWorkflow.feedEntry builds it
        ObjectNode entry = JSON.createObjectNode().put("disclosureId", g.disclosureId().toString())
                .put("caseId", g.caseId().toString());
        entry.set("record", JSON.valueToTree(g.record()));
        line(feed, g.disclosureId(), "PUBLISHED", 1, entry.toString(), publishedAt, publishedAt.toLocalDate());
    }

    /** One row of COPY's text format: tab-separated, \N for null, backslash escapes. */
    static void line(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                out.append("\\N");
                continue;
            }
            String s = v.toString();
            for (int k = 0; k < s.length(); k++) {
                char ch = s.charAt(k);
                switch (ch) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(ch);
                }
            }
        }
        out.append('\n');
    }
}
