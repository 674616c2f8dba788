package gov.enforcement.benchmark.disclosure;

import gov.enforcement.benchmark.BenchContext;
import gov.enforcement.benchmark.Scenario;
import gov.enforcement.benchmark.cases.CaseData;
import gov.enforcement.benchmark.cases.Cases;
import gov.enforcement.benchmark.load.LoadGenerator;
import gov.enforcement.benchmark.load.LoadGenerator.Answer;
import gov.enforcement.benchmark.load.Request;
import gov.enforcement.benchmark.report.Figure;
import gov.enforcement.benchmark.report.Goal;
import gov.enforcement.benchmark.stack.Api;
import gov.enforcement.devstack.StackService;
import org.HdrHistogram.Histogram;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Decision → public disclosure: cases are driven to a minor-fine draft that legal review classifies (not major),
 * then each DecisionIssued is appended and, from its 201, the public search is polled every 5 ms for the decision's
 * document number until the record appears (recording outbox → Kafka → disclosure, auto-publish policy).
 */
public final class DecisionLatencyScenario implements Scenario {

    static final Duration POLL = Duration.ofMillis(5);
    static final Duration GIVE_UP = Duration.ofSeconds(60);

    @Override
    public String name() {
        return "disclosure";
    }

    @Override
    public List<Figure> run(BenchContext ctx) throws Exception {
        LoadGenerator http = ctx.gateway();
        ctx.api.autoPublish();
        int n = ctx.sizes.decisions();
        List<UUID> cases = Cases.register(http, ctx.api.investigator, 3_000_000, n);
        Cases.appendToEach(http, ctx.api.investigator, cases, id -> CaseData.investigation());
        Cases.appendToEach(http, ctx.api.investigator, cases, id -> CaseData.rightsNotified());
        Cases.appendToEach(http, ctx.api.investigator, cases, id -> CaseData.draft(2_000));
        awaitClassified(ctx, cases);
        Duration settled = ctx.quiesce.await(Duration.ofMinutes(10));

        Histogram latencies = new Histogram(TimeUnit.MINUTES.toMicros(2), 3);
        List<Long> polls = new ArrayList<>();
        var session = ctx.profiler.start(StackService.RECORDING, StackService.DISCLOSURE);
        ExecutorService lanes = Executors.newFixedThreadPool(ctx.sizes.decisionsInParallel());
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                UUID caseId = cases.get(i);
                String documentNumber = "石人社监罚〔2026〕" + ctx.runTag + "-" + i + "号";
                results.add(lanes.submit(() -> issueAndWait(ctx, caseId, documentNumber)));
            }
            for (Future<long[]> result : results) {
                long[] r = result.get();
                latencies.recordValue(r[0]);
                polls.add(r[1]);
            }
        } finally {
            lanes.shutdownNow();
        }
        Map<String, Object> hot = session.stop();
        ctx.decidedCases.addAll(cases);
        double p50 = latencies.getValueAtPercentile(50) / 1000.0;
        double p99 = latencies.getValueAtPercentile(99) / 1000.0;
        Figure f99 = Figure.of("disclosure.p99", "decision → public disclosure p99", "ms", p99, null,
                        Goal.atMost(1_000, "≤ 1,000 ms"))
                .with("decisions", n).with("p50Ms", p50).with("maxMs", latencies.getMaxValue() / 1000.0)
                .with("inParallel", ctx.sizes.decisionsInParallel()).with("pollIntervalMs", POLL.toMillis())
                .with("meanPolls", polls.stream().mapToLong(Long::longValue).average().orElse(0))
                .with("measuredFrom", "the 201 of DecisionIssued, to the first public search answer that lists it")
                .with("backlogSettledSeconds", settled.toMillis() / 1000.0);
        if (!hot.isEmpty()) {
            f99.with("hotSpots", hot);
        }
        Figure f50 = Figure.of("disclosure.p50", "decision → public disclosure p50", "ms", p50, null, null)
                .with("decisions", n);
        return List.of(f50, f99);
    }

    /** Appends the decision and polls the public API; answers {latency µs, polls}. */
    private static long[] issueAndWait(BenchContext ctx, UUID caseId, String documentNumber) throws Exception {
        LoadGenerator http = ctx.gateway();
        Answer issued = http.call(Request.postJson("/api/v1/cases/" + caseId + "/events", ctx.api.decider,
                CaseData.json(CaseData.issue(documentNumber))));
        Api.require(issued, 201, "issue the decision");
        long t0 = System.nanoTime();
        String search = "/api/v1/public/decisions?agency=" + Api.AGENCY + "&size=1&q="
                + URLEncoder.encode(documentNumber, StandardCharsets.UTF_8);
        long polls = 0;
        while (System.nanoTime() - t0 < GIVE_UP.toNanos()) {
            polls++;
            Answer a = http.call(Request.get(search, null));
            if (a.status() == 200 && Api.read(a).path("items").size() > 0) {
                return new long[]{(System.nanoTime() - t0) / 1000, polls};
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException("decision " + documentNumber + " of case " + caseId + " not public after " + GIVE_UP);
    }

    /** Legal review classifies each draft from the case events; recording records the classification. */
    private static void awaitClassified(BenchContext ctx, List<UUID> cases) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        List<UUID> waiting = new ArrayList<>(cases);
        while (!waiting.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(waiting.size() + " drafts not classified within 10 minutes");
            }
            List<Answer> answers = ctx.gateway().callAll(waiting.stream()
                    .map(id -> Request.get("/api/v1/cases/" + id, ctx.api.investigator)).toList(), 8);
            List<UUID> still = new ArrayList<>();
            for (int i = 0; i < waiting.size(); i++) {
                if (Api.read(answers.get(i)).path("draft").path("major").isMissingNode()
                        || Api.read(answers.get(i)).path("draft").path("major").isNull()) {
                    still.add(waiting.get(i));
                }
            }
            waiting = still;
            if (!waiting.isEmpty()) {
                Thread.sleep(200);
            }
        }
    }
}
