package gov.enforcement.benchmark.importing;

import gov.enforcement.benchmark.BenchContext;
import gov.enforcement.benchmark.Scenario;
import gov.enforcement.benchmark.baselines.PostgresBaseline;
import gov.enforcement.benchmark.load.LoadResult;
import gov.enforcement.benchmark.load.Request;
import gov.enforcement.benchmark.report.Figure;
import gov.enforcement.benchmark.report.Goal;
import gov.enforcement.devstack.StackService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Batched import: requests of 100 cases × 10 events, a few in flight; events per second committed (201). */
public final class ImportScenario implements Scenario {

    static final String KEY = "import.events";
    static final String LABEL = "batched import (POST /cases/import)";
    static final Goal GOAL = Goal.atLeast(50_000, "≥ 50,000 events/s");

    @Override
    public String name() {
        return "import";
    }

    @Override
    public List<Figure> run(BenchContext ctx) throws Exception {
        int perRequest = ctx.sizes.importCasesPerRequest();
        int steps = ctx.sizes.importStepsPerCase();
        long probed = ImportBatches.probe(ctx.gateway(), ctx.api.investigator, perRequest, steps);
        List<String> bodies = new ArrayList<>();
        for (int b = 0; b < 16; b++) {
            bodies.add(ImportBatches.body(2_000_000L + b * perRequest, perRequest, steps));
        }
        var session = ctx.profiler.start(StackService.RECORDING);
        AtomicLong next = new AtomicLong();
        LoadResult r = ctx.gateway().run(ctx.sizes.importConcurrency(), ctx.sizes.warmUp(), ctx.sizes.measure(),
                i -> Request.postJson(ImportBatches.PATH, ctx.api.investigator, bodies.get((int) (next.getAndIncrement() % bodies.size()))));
        Map<String, Object> hot = session.stop();
        Figure f = Figure.of(KEY, LABEL, "events/s", r.perSecond() * probed, PostgresBaseline.BATCH, GOAL)
                .withAll(r.details()).with("eventsPerRequest", probed).with("casesPerRequest", perRequest)
                .with("requestsPerSecond", r.perSecond()).with("concurrency", ctx.sizes.importConcurrency());
        return List.of(hot.isEmpty() ? f : f.with("hotSpots", hot));
    }
}
