package gov.enforcement.benchmark.search;

import gov.enforcement.benchmark.BenchContext;
import gov.enforcement.benchmark.Scenario;
import gov.enforcement.benchmark.baselines.HttpBaseline;
import gov.enforcement.benchmark.load.LoadResult;
import gov.enforcement.benchmark.load.Request;
import gov.enforcement.benchmark.report.Figure;
import gov.enforcement.benchmark.report.Goal;
import gov.enforcement.devstack.StackService;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Public search (no token) through the gateway over at least a million published decisions (short mode: 20 000),
 * bulk-loaded by {@link PublishedRecordLoader}; concurrent varied queries from {@link SearchQueries}. Measured once
 * disclosure's search index has followed the load, and divided by bare Lucene over the same records and queries.
 */
public final class SearchScenario implements Scenario {

    /**
     * Waits until disclosure's index lists the last record of each loader part (the follower applies commits in
     * order, so then it holds them all); answers the seconds it took.
     */
    private static double awaitIndexed(BenchContext ctx, long first, long count) throws InterruptedException {
        long started = System.nanoTime();
        PublishedRecords generator = new PublishedRecords();
        for (long n : PublishedRecordLoader.lastOfEachPart(first, count)) {
            PublishedRecords.Generated g = generator.generate(n);
            String url = "/api/v1/public/decisions?size=100&agency=" + g.facts().agency() + "&from=" + g.facts().decidedOn()
                    + "&to=" + g.facts().decidedOn() + "&q=" + URLEncoder.encode(g.record().caseNumber(), StandardCharsets.UTF_8);
            long deadline = System.nanoTime() + ctx.sizes.scenarioLimit().toNanos();
            while (!ctx.api.http().call(Request.get(url, null)).text().contains(g.disclosureId().toString())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("disclosure's search index did not list record " + n + ": " + url);
                }
                Thread.sleep(500);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("benchmark: disclosure's search index followed the load %.1f s after it was committed%n", seconds);
        return seconds;
    }

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
        double catchUp = before < target ? awaitIndexed(ctx, 1_000_000_000L + before, target - before) : 0;
        List<String> queries = SearchQueries.mix(4096);
        System.out.printf("benchmark: baseline: bare Lucene over the same %,d records and queries%n", target - before);
        ctx.baselines.add(new LuceneBaseline().run(1_000_000_000L + before, target - before, queries,
                Runtime.getRuntime().availableProcessors(), ctx.sizes.baselineWarmUp(), ctx.sizes.baselineMeasure()));
        var session = ctx.profiler.start(StackService.DISCLOSURE, StackService.GATEWAY);
        LoadResult r = ctx.gateway().run(ctx.sizes.searchConcurrency(), ctx.sizes.warmUp(), ctx.sizes.measure(),
                i -> Request.get(queries.get((int) (i % queries.size())), null));
        Map<String, Object> hot = session.stop();
        String how = "published decisions bulk-loaded with COPY into disclosures/disclosure_versions/public_feed,"
                + " built by disclosure-service's own RecordBuilder/Redactor/PublicRecords (not through Kafka)";
        Figure rate = Figure.of("search.rate", "public search through the gateway", "req/s", r.perSecond(),
                        LuceneBaseline.KEY, Goal.atLeast(5_000, "≥ 5,000 req/s and ≥ 0.5× bare Lucene"))
                .withAll(r.details()).with("publishedDecisions", total).with("bulkLoaded", total - before)
                .with("bulkLoadRowsPerSecond", loadRate).with("indexCatchUpSeconds", catchUp)
                .with("httpCeiling", HttpBaseline.KEY).with("concurrency", ctx.sizes.searchConcurrency())
                .with("distinctQueries", queries.size()).with("howLoaded", how);
        if (!hot.isEmpty()) {
            rate.with("hotSpots", hot);
        }
        Figure p99 = Figure.of("search.p99", "public search p99 latency", "ms", r.p99Millis(), null,
                Goal.atMost(50, "≤ 50 ms")).with("p50Ms", r.p50Millis()).with("publishedDecisions", total);
        return List.of(rate.noted(String.format("%,d published decisions (%,d bulk-loaded, see README)", total, total - before)), p99);
    }
}
