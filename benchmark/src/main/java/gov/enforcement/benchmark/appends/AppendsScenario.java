package gov.enforcement.benchmark.appends;

import gov.enforcement.benchmark.BenchContext;
import gov.enforcement.benchmark.Scenario;
import gov.enforcement.benchmark.baselines.PostgresBaseline;
import gov.enforcement.benchmark.cases.CaseData;
import gov.enforcement.benchmark.cases.Cases;
import gov.enforcement.benchmark.load.LoadGenerator.Answer;
import gov.enforcement.benchmark.load.LoadResult;
import gov.enforcement.benchmark.load.Request;
import gov.enforcement.benchmark.report.Figure;
import gov.enforcement.benchmark.report.Goal;
import gov.enforcement.benchmark.stack.Api;
import gov.enforcement.devstack.StackService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Durable step appends through the gateway (201 = committed): EvidenceRecorded, which X-SEQ allows again and again
 * while a case collects evidence, spread over many cases; then every client on one hot case without If-Match, so
 * that the server decides again on the newer stream when another append won (its retry) and answers 409 only when
 * its retries run out.
 */
public final class AppendsScenario implements Scenario {

    static final int BODIES = 4096;

    @Override
    public String name() {
        return "appends";
    }

    @Override
    public List<Figure> run(BenchContext ctx) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < BODIES; i++) {
            bodies.add(CaseData.json(CaseData.evidence(i)));
        }
        return List.of(acrossCases(ctx, bodies), hotCase(ctx, bodies));
    }

    private Figure acrossCases(BenchContext ctx, List<String> bodies) {
        int n = ctx.sizes.appendCases();
        List<UUID> cases = Cases.register(ctx.gateway(), ctx.api.investigator, 0, n);
        String[] paths = cases.stream().map(id -> "/api/v1/cases/" + id + "/events").toArray(String[]::new);
        var session = ctx.profiler.start(StackService.RECORDING, StackService.GATEWAY);
        LoadResult r = ctx.gateway().run(ctx.sizes.appendConcurrency(), ctx.sizes.warmUp(), ctx.sizes.measure(),
                i -> Request.postJson(paths[(int) (i % n)], ctx.api.investigator, bodies.get((int) (i % BODIES))));
        Map<String, Object> hot = session.stop();
        Figure f = Figure.of("appends.cases", "case-event appends across " + n + " cases", "events/s", r.perSecond(),
                        PostgresBaseline.SINGLE, Goal.ratioAtLeast(0.6, "≥ 0.6× PG single-row"))
                .withAll(r.details()).with("cases", n).with("concurrency", ctx.sizes.appendConcurrency())
                .with("step", "EvidenceRecorded").with("eventsPerCaseAtEnd", version(ctx, cases.get(0)));
        return hot.isEmpty() ? f : f.with("hotSpots", hot);
    }

    private Figure hotCase(BenchContext ctx, List<String> bodies) {
        UUID hot = Cases.register(ctx.gateway(), ctx.api.investigator, 1_000_000, 1).get(0);
        String path = "/api/v1/cases/" + hot + "/events";
        var session = ctx.profiler.start(StackService.RECORDING);
        LoadResult r = ctx.gateway().run(ctx.sizes.hotConcurrency(), ctx.sizes.warmUp(), ctx.sizes.measure(),
                i -> Request.postJson(path, ctx.api.investigator, bodies.get((int) (i % BODIES))));
        Map<String, Object> spots = session.stop();
        long conflicts = r.status(409);
        long streamLength = version(ctx, hot);
        Figure f = Figure.of("appends.hot", "appends to one hot case (no If-Match)", "events/s", r.perSecond(),
                        PostgresBaseline.SINGLE, Goal.atLeast(2_500, "≥ 2,500/s"))
                .withAll(r.details()).with("concurrency", ctx.sizes.hotConcurrency()).with("conflicts409", conflicts)
                .with("streamLengthAtEnd", streamLength)
                .with("retryBehaviour", "without If-Match the service re-decides on the newer stream after a version"
                        + " conflict (up to 20 retries, 5–200 ms back-off with jitter); a 409 reaches the client only"
                        + " when they run out. Retries show as latency, 409s as conflicts409.");
        if (!spots.isEmpty()) {
            f.with("hotSpots", spots);
        }
        return f.noted(String.format("%d in flight on one stream: %,d answered 409, stream grew to %,d events, p99 %.0f ms",
                ctx.sizes.hotConcurrency(), conflicts, streamLength, r.p99Millis()));
    }

    static long version(BenchContext ctx, UUID caseId) {
        Answer a = ctx.gateway().call(Request.get("/api/v1/cases/" + caseId, ctx.api.investigator));
        return Api.read(Api.require(a, 200, "read a case")).path("version").asLong(-1);
    }
}
