package gov.enforcement.disclosure.statistics;

import gov.enforcement.disclosure.records.DecisionKind;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * D-STATS: the figures of one agency and year, from the decisions disclosure learned of by events. Counted by what
 * each decision is (P-OUTCOME): {@code byCategory} and {@code finesTotal} count no no-penalty decision, which has
 * its own figure; licences granted and refused are counted apart.
 */
@ApplicationScoped
public class StatisticsQuery {

    private final Pool pool;

    public StatisticsQuery(Pool pool) {
        this.pool = pool;
    }

    public Uni<Map<String, Object>> figures(int year, String agency) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        String sql = "select d.category, d.kind, d.status, count(*) as decisions,"
                // an amount stored before amounts were bounded counts as absent, never fails the figures
                + " coalesce(sum(case when d.kind = 'PENALTY' and jsonb_typeof(v.record->'fineAmount') = 'number' then"
                + "   case when (v.record->>'fineAmount')::numeric between 0 and 999999999999.99"
                + "   then (v.record->>'fineAmount')::numeric end end), 0) as fines,"
                + " count(*) filter (where d.due_on is not null) as due,"
                + " count(*) filter (where d.published_at is not null"
                + "   and (d.published_at at time zone 'Asia/Shanghai')::date <= d.due_on) as on_time,"
                + " count(*) filter (where d.kind = 'LICENCE' and (v.record->'licence'->>'granted')::boolean) as granted,"
                + " count(*) filter (where d.kind = 'LICENCE' and not (v.record->'licence'->>'granted')::boolean) as refused"
                + " from disclosures d join disclosure_versions v on v.disclosure_id = d.disclosure_id and v.version = 1"
                + " where d.agency = $1 and d.decided_on between $2 and $3 group by d.category, d.kind, d.status";
        return pool.preparedQuery(sql).execute(Tuple.of(agency, from, to)).chain(rows -> pool.preparedQuery(
                        "select kind, count(*) from review_counts where agency = $1 and day between $2 and $3 group by kind")
                .execute(Tuple.of(agency, from, to)).map(reviews -> {
            Map<String, Long> reviewCounts = new TreeMap<>();
            reviews.forEach(r -> reviewCounts.put(r.getString(0), r.getLong(1)));
            Map<String, Long> byCategory = new TreeMap<>();
            Map<String, Long> byOutcome = new TreeMap<>();
            Map<String, Long> byKind = new TreeMap<>();
            long granted = 0;
            long refused = 0;
            BigDecimal fines = BigDecimal.ZERO;
            long due = 0;
            long onTime = 0;
            long total = 0;
            for (Row r : rows) {
                long n = r.getLong("decisions");
                String kind = r.getString("kind");
                byKind.merge(kind, n, Long::sum);
                if (!DecisionKind.NO_PENALTY.name().equals(kind)) {
                    byCategory.merge(r.getString("category"), n, Long::sum);
                }
                granted += r.getLong("granted");
                refused += r.getLong("refused");
                byOutcome.merge(r.getString("status"), n, Long::sum);
                fines = fines.add(r.getBigDecimal("fines"));
                due += r.getLong("due");
                onTime += r.getLong("on_time");
                total += n;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("year", year);
            out.put("agency", agency);
            out.put("decisions", total);
            out.put("byCategory", byCategory);
            out.put("byKind", byKind);
            out.put("noPenaltyDecisions", byKind.getOrDefault(DecisionKind.NO_PENALTY.name(), 0L));
            out.put("licences", Map.of("granted", granted, "refused", refused));
            out.put("byDisclosureOutcome", byOutcome);
            out.put("finesTotal", fines);
            out.put("disclosuresDue", due);
            out.put("disclosedOnTime", onTime);
            out.put("onTimeRate", due == 0 ? null : BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(due), 4,
                    java.math.RoundingMode.HALF_UP));
            out.put("legalReviews", reviewCounts);
            out.put("internalDueOn", StatisticsCalendar.internalDue(year));
            out.put("publishedOn", StatisticsCalendar.publicationDay(year));
            return out;
        }));
    }
}
