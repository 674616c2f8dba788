package gov.enforcement.benchmark.search;

import gov.enforcement.benchmark.BenchContext;
import gov.enforcement.benchmark.Scenario;
import gov.enforcement.benchmark.baselines.HttpBaseline;
import gov.enforcement.benchmark.load.LoadResult;
import gov.enforcement.benchmark.load.Request;
import gov.enforcement.benchmark.report.Figure;
import gov.enforcement.benchmark.report.Goal;
import gov.enforcement.devstack.StackService;

import java.util.List;
import java.util.Map;

/**
 * Public search (no token) through the gateway over at least a million published decisions (short mode: 20 000),
 * bulk-loaded by {@link PublishedRecordLoader}; concurrent varied queries from {@link SearchQueries}.
 */
public final class SearchScenario implements Scenario {

    @Override
    public String name() {
        return "search";
    }

    @Override
    public List<Figure> run(BenchContext ctx) throws Exception {
        long target = ctx.sizes.publishedRecords();
        String published = "select count(*) from disclosures where status = 'PUBLISHED'";
        long before = ctx.quiesce.count("disclosure", published);
        double loadRate = 0;
        if (before < target) {
            System.out.printf("benchmark: bulk-loading %,d published decisions into disclosure's tables%n", target - before);
            loadRate = new PublishedRecordLoader(ctx.stack).load(1_000_000_000L + before, target - before);
        }
        long total = ctx.quiesce.count("disclosure", published);
        List<String> queries = SearchQueries.mix(4096);
        var session = ctx.profiler.start(StackService.DISCLOSURE, StackService.GATEWAY);
        LoadResult r = ctx.gateway().run(ctx.sizes.searchConcurrency(), ctx.sizes.warmUp(), ctx.sizes.measure(),
                i -> Request.get(queries.get((int) (i % queries.size())), null));
        Map<String, Object> hot = session.stop();
        String how = "published decisions bulk-loaded with COPY into disclosures/disclosure_versions/public_feed,"
                + " built by disclosure-service's own RecordBuilder/Redactor/PublicRecords (not through Kafka)";
        Figure rate = Figure.of("search.rate", "public search through the gateway", "req/s", r.perSecond(),
                        HttpBaseline.KEY, Goal.atLeast(5_000, "≥ 5,000 req/s"))
                .withAll(r.details()).with("publishedDecisions", total).with("bulkLoaded", total - before)
                .with("bulkLoadRowsPerSecond", loadRate).with("concurrency", ctx.sizes.searchConcurrency())
                .with("distinctQueries", queries.size()).with("howLoaded", how);
        if (!hot.isEmpty()) {
            rate.with("hotSpots", hot);
        }
        Figure p99 = Figure.of("search.p99", "public search p99 latency", "ms", r.p99Millis(), null,
                Goal.atMost(50, "≤ 50 ms")).with("p50Ms", r.p50Millis()).with("publishedDecisions", total);
        return List.of(rate.noted(String.format("%,d published decisions (%,d bulk-loaded, see README)", total, total - before)), p99);
    }
}
