package gov.enforcement.recording.analysis;

import gov.enforcement.recording.cases.domain.AudioVisualCatalogue;
import gov.enforcement.recording.cases.CaseCommands;
import gov.enforcement.recording.cases.domain.CaseDecider;
import gov.enforcement.recording.cases.store.CaseStore;
import gov.enforcement.recording.cases.domain.RecordedEvent;
import gov.enforcement.recording.cases.domain.TimeLimits;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/** R-ANALYSE: weak links per agency over a period, from the records themselves. */
@ApplicationScoped
public class WeakLinksQuery {

    private static final String IN_PERIOD = " >= $1 and %s < $2 and ($3::text is null or %s = $3)";

    private final Pool pool;
    private final CaseStore store;
    private final AudioVisualCatalogue audioVisual;
    private final CaseCommands commands;

    public WeakLinksQuery(Pool pool, CaseStore store, CaseCommands commands) {
        this.pool = pool;
        this.store = store;
        this.audioVisual = commands.audioVisual();
        this.commands = commands;
    }

    public Uni<List<WeakLinks>> between(OffsetDateTime from, OffsetDateTime to, String agency) {
        Tuple period = Tuple.of(from, to, agency);
        Map<String, Long> registered = new HashMap<>();
        Map<String, Map<String, Long>> refusals = new HashMap<>();
        Map<String, Long> returns = new HashMap<>();
        Map<String, Long> overdue = new HashMap<>();
        Map<String, Long> missingAv = new HashMap<>();
        Map<String, Map<String, Long>> overdueLimits = new HashMap<>();
        List<UUID> cases = new ArrayList<>();
        return pool.preparedQuery("select case_id, agency from case_streams where created_at"
                        + IN_PERIOD.formatted("created_at", "agency")).execute(period)
                .invoke(rows -> rows.forEach(row -> {
                    cases.add(row.getUUID("case_id"));
                    registered.merge(row.getString("agency"), 1L, Long::sum);
                }))
                .chain(() -> pool.preparedQuery("select agency, rule, count(*) as n from rule_refusals where at"
                        + IN_PERIOD.formatted("at", "agency") + " group by agency, rule").execute(period))
                .invoke(rows -> rows.forEach(row -> refusals.computeIfAbsent(row.getString("agency"), a -> new TreeMap<>())
                        .put(row.getString("rule"), row.getLong("n"))))
                .chain(() -> pool.preparedQuery("select s.agency, count(*) as n from case_events e join case_streams s"
                        + " on s.case_id = e.case_id where e.event_type = 'gov.enforcement.case.ReviewOpinionGiven.v1'"
                        + " and e.data ->> 'outcome' = 'RETURN' and e.recorded_at" + IN_PERIOD.formatted("e.recorded_at", "s.agency")
                        + " group by s.agency").execute(period))
                .invoke(rows -> rows.forEach(row -> returns.put(row.getString("agency"), row.getLong("n"))))
                .chain(() -> pool.preparedQuery("select agency, count(*) as n from overdue_steps where at"
                        + IN_PERIOD.formatted("at", "agency") + " group by agency").execute(period))
                .invoke(rows -> rows.forEach(row -> overdue.put(row.getString("agency"), row.getLong("n"))))
                .chain(() -> cases.isEmpty() ? Uni.createFrom().item(Map.<UUID, List<RecordedEvent>>of()) : store.loadMany(cases))
                .invoke(streams -> streams.values().forEach(events -> {
                    var state = CaseDecider.fold(events.stream().map(RecordedEvent::event).toList());
                    if (!audioVisual.missing(state).isEmpty()) {
                        missingAv.merge(state.agency(), 1L, Long::sum);
                    }
                    // P-TIME: every limit of every procedure that ran or runs late
                    TimeLimits.of(state, commands.today()).stream().filter(TimeLimits.Status::overdue)
                            .forEach(limit -> overdueLimits.computeIfAbsent(state.agency(), a -> new TreeMap<>())
                                    .merge(limit.limit(), 1L, Long::sum));
                }))
                .map(ignored -> {
                    TreeSet<String> agencies = new TreeSet<>();
                    agencies.addAll(registered.keySet());
                    agencies.addAll(refusals.keySet());
                    agencies.addAll(returns.keySet());
                    agencies.addAll(overdue.keySet());
                    return agencies.stream().map(a -> {
                        Map<String, Long> byRule = refusals.getOrDefault(a, Map.of());
                        return new WeakLinks(a, registered.getOrDefault(a, 0L), missingAv.getOrDefault(a, 0L),
                                byRule.getOrDefault("X-SEQ", 0L), byRule, returns.getOrDefault(a, 0L),
                                overdue.getOrDefault(a, 0L), overdueLimits.getOrDefault(a, Map.of()));
                    }).toList();
                });
    }
}
