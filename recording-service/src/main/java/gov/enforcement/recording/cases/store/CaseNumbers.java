package gov.enforcement.recording.cases.store;

import gov.enforcement.recording.cases.domain.CaseNumberPattern;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * X-CASENO: allocates the next number of an agency's year inside the registering transaction, so a
 * rolled-back registration gives its number back and the sequence has no gaps.
 */
@ApplicationScoped
public class CaseNumbers {

    private static final String NEXT = "insert into case_number_counters (agency, year, last_value) values ($1, $2, 1)"
            + " on conflict (agency, year) do update set last_value = case_number_counters.last_value + 1"
            + " returning last_value";

    private static final String RESERVE = "insert into case_number_counters (agency, year, last_value) values ($1, $2, $3)"
            + " on conflict (agency, year) do update set last_value = case_number_counters.last_value + $3"
            + " returning last_value";

    private final CaseNumberPattern pattern;
    private final ZoneId zone;

    public CaseNumbers(Config config) {
        this.pattern = new CaseNumberPattern(config.pattern(), config.prefixes());
        this.zone = ZoneId.of(config.zone());
    }

    public Uni<String> next(SqlConnection tx, String agency, OffsetDateTime registeredAt) {
        int year = registeredAt.atZoneSameInstant(zone).getYear();
        return tx.preparedQuery(NEXT).execute(Tuple.of(agency, year))
                .map(rows -> pattern.format(agency, year, rows.iterator().next().getInteger(0)));
    }

    /** The next {@code count} numbers of an agency's year at once, in order: for an import of many cases. */
    public Uni<java.util.List<String>> reserve(SqlConnection tx, String agency, OffsetDateTime registeredAt, int count) {
        int year = registeredAt.atZoneSameInstant(zone).getYear();
        return tx.preparedQuery(RESERVE).execute(Tuple.of(agency, year, count)).map(rows -> {
            int last = rows.iterator().next().getInteger(0);
            java.util.List<String> numbers = new java.util.ArrayList<>(count);
            for (int seq = last - count + 1; seq <= last; seq++) {
                numbers.add(pattern.format(agency, year, seq));
            }
            return numbers;
        });
    }

    /** Case number settings: {@code recording.case-number.*}. */
    @ConfigMapping(prefix = "recording.case-number")
    public interface Config {
        @WithDefault("{prefix}〔{year}〕{seq}号")
        String pattern();

        @WithDefault("Asia/Shanghai")
        String zone();

        /** Per-agency abbreviations keyed by credit code, e.g. 石人社监. */
        Map<String, String> prefixes();
    }
}
