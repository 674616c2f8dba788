package gov.enforcement.benchmark.reads;

import gov.enforcement.benchmark.BenchContext;
import gov.enforcement.benchmark.Scenario;
import gov.enforcement.benchmark.baselines.HttpBaseline;
import gov.enforcement.benchmark.cases.CaseData;
import gov.enforcement.benchmark.cases.Cases;
import gov.enforcement.benchmark.load.LoadResult;
import gov.enforcement.benchmark.load.Request;
import gov.enforcement.benchmark.report.Figure;
import gov.enforcement.benchmark.report.Goal;
import gov.enforcement.devstack.StackService;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Authenticated reads through the gateway: GET /api/v1/cases/{id} with an officer's token (the gateway and the
 * service each verify it) over many cases; the decided cases of the disclosure scenario when it ran (register,
 * three steps, draft, classification, decision, publication), otherwise freshly registered ones with three steps.
 */
public final class ReadsScenario implements Scenario {

    @Override
    public String name() {
        return "reads";
    }

    @Override
    public List<Figure> run(BenchContext ctx) throws Exception {
        List<UUID> cases = ctx.decidedCases;
        if (cases.size() < 20) {
            cases = Cases.register(ctx.gateway(), ctx.api.investigator, 4_000_000, 200);
            Cases.appendToEach(ctx.gateway(), ctx.api.investigator, cases, id -> CaseData.investigation());
            Cases.appendToEach(ctx.gateway(), ctx.api.investigator, cases, id -> CaseData.evidence(id.hashCode()));
            Cases.appendToEach(ctx.gateway(), ctx.api.investigator, cases, id -> CaseData.rightsNotified());
        }
        String[] paths = cases.stream().map(id -> "/api/v1/cases/" + id).toArray(String[]::new);
        var session = ctx.profiler.start(StackService.RECORDING, StackService.GATEWAY);
        LoadResult r = ctx.gateway().run(ctx.sizes.readConcurrency(), ctx.sizes.warmUp(), ctx.sizes.measure(),
                i -> Request.get(paths[(int) (i % paths.length)], ctx.api.investigator));
        Map<String, Object> hot = session.stop();
        Figure f = Figure.of("reads.cases", "authenticated case reads through the gateway", "req/s", r.perSecond(),
                        HttpBaseline.KEY, Goal.atLeast(15_000, "≥ 15,000/s"))
                .withAll(r.details()).with("cases", cases.size()).with("concurrency", ctx.sizes.readConcurrency());
        return List.of(hot.isEmpty() ? f : f.with("hotSpots", hot));
    }
}
