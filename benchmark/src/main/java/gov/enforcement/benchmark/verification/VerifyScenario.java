package gov.enforcement.benchmark.verification;

import gov.enforcement.benchmark.BenchContext;
import gov.enforcement.benchmark.Scenario;
import gov.enforcement.benchmark.baselines.HashBaseline;
import gov.enforcement.benchmark.cases.CaseData;
import gov.enforcement.benchmark.cases.Cases;
import gov.enforcement.benchmark.importing.ImportBatches;
import gov.enforcement.benchmark.load.LoadGenerator;
import gov.enforcement.benchmark.load.LoadGenerator.Answer;
import gov.enforcement.benchmark.load.LoadResult;
import gov.enforcement.benchmark.load.Request;
import gov.enforcement.benchmark.report.Figure;
import gov.enforcement.benchmark.report.Goal;
import gov.enforcement.benchmark.stack.Api;
import gov.enforcement.devstack.StackService;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Audit verification over the whole log: brings the log to at least a million leaves (short mode: 10 000) through
 * the import endpoint when it exists, otherwise through step appends, waits until the sequencer logged them and a
 * checkpoint signed them, then times GET /api/v1/audit/verify (leavesChecked / seconds). The call goes to
 * recording-service directly: over a million leaves it may outlast the gateway's 30 s upstream timeout.
 */
public final class VerifyScenario implements Scenario {

    // short streams: every append reloads and folds its whole stream
    static final int EVENTS_PER_CASE = 20;

    @Override
    public String name() {
        return "verify";
    }

    @Override
    public List<Figure> run(BenchContext ctx) throws Exception {
        // the last scenario: verification involves recording alone, and legal review and disclosure would spend the
        // two cores consuming every loaded event meanwhile, so they are stopped first (what they have not consumed
        // waits in Kafka)
        ctx.quiesce.await(Duration.ofMinutes(10));
        ctx.stack.stop(StackService.LEGAL_REVIEW);
        ctx.stack.stop(StackService.DISCLOSURE);
        long target = ctx.sizes.verifyEvents();
        long initial = leaves(ctx);
        long leaves = initial;
        String loadedBy = "nothing (enough leaves already)";
        double loadRate = 0;
        long started = System.nanoTime();
        // a rare 502 under load loses a request or two: top up until the log is big enough
        for (int round = 0; leaves < target && round < 5; round++) {
            long missing = target - leaves;
            loadedBy = viaImport(ctx, missing) ? "POST /api/v1/cases/import" : viaAppends(ctx, missing);
            leaves = leaves(ctx);
        }
        if (leaves < target) {
            throw new IllegalStateException("the log has only " + leaves + " of " + target + " leaves after loading");
        }
        loadRate = (leaves - initial) / ((System.nanoTime() - started) / 1e9);
        long sequencing = System.nanoTime();
        long treeSize = awaitCheckpoint(ctx, leaves(ctx));
        Duration settled = Duration.ofNanos(System.nanoTime() - sequencing);
        var session = ctx.profiler.start(StackService.RECORDING);
        LoadGenerator direct = new LoadGenerator("localhost", ctx.port(StackService.RECORDING));
        long start = System.nanoTime();
        Answer a;
        try {
            a = direct.call(Request.get("/api/v1/audit/verify", ctx.api.auditor));
        } finally {
            direct.close();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> hot = session.stop();
        var report = Api.read(Api.require(a, 200, "verify the log"));
        long checked = report.path("leavesChecked").asLong();
        Figure f = Figure.of("verify.events", "audit verification of the whole log", "events/s", checked / seconds,
                        HashBaseline.KEY, Goal.atLeast(1_000_000, "≥ 1,000,000/s (one core)"))
                .with("leavesChecked", checked).with("seconds", seconds).with("verified", report.path("verified").asBoolean())
                .with("checkpointsChecked", report.path("checkpointsChecked").asLong())
                .with("checkpointTreeSize", treeSize).with("loadedBy", loadedBy).with("loadEventsPerSecond", loadRate)
                .with("waitedForSequencerSeconds", settled.toMillis() / 1000.0);
        if (!hot.isEmpty()) {
            f.with("hotSpots", hot);
        }
        return List.of(report.path("verified").asBoolean() ? f
                : f.noted("the log did NOT verify: " + report.path("problems").toString()));
    }

    static long leaves(BenchContext ctx) throws Exception {
        return ctx.quiesce.count("recording", "select (select count(*) from case_events) + (select count(*) from access_log)");
    }

    private static boolean viaImport(BenchContext ctx, long missing) {
        int cases = ctx.sizes.importCasesPerRequest();
        int steps = ctx.sizes.importStepsPerCase();
        long perRequest = ImportBatches.probe(ctx.gateway(), ctx.api.investigator, cases, steps);
        if (perRequest <= 0) {
            return false;
        }
        long requests = Math.max(0, (missing - perRequest + perRequest - 1) / perRequest);
        LoadResult r = ctx.gateway().runCount(ctx.sizes.importConcurrency(), requests, Duration.ofHours(2),
                i -> Request.postJson(ImportBatches.PATH, ctx.api.investigator, ImportBatches.body(6_000_000 + i * cases, cases, steps)));
        require(r, requests);
        return true;
    }

    /**
     * Loading, not measuring: straight to recording-service (the gateway would verify every token a second time on
     * the same two cores), 16 in flight, over cases of 20 events.
     */
    private static String viaAppends(BenchContext ctx, long missing) {
        int cases = (int) Math.max(1, Math.min(100_000, missing / EVENTS_PER_CASE));
        long appends = Math.max(0, missing - cases);
        System.out.printf("benchmark: registering %,d cases and appending %,d events for the audit log (no import"
                + " endpoint)%n", cases, appends);
        try (LoadGenerator recording = new LoadGenerator("localhost", ctx.port(StackService.RECORDING))) {
            List<UUID> ids = Cases.register(recording, ctx.api.investigator, 7_000_000, cases);
            String[] paths = ids.stream().map(id -> "/api/v1/cases/" + id + "/events").toArray(String[]::new);
            String body = CaseData.json(CaseData.evidence(1));
            LoadResult r = recording.runCount(16, appends, Duration.ofHours(3),
                    i -> Request.postJson(paths[(int) (i % cases)], ctx.api.investigator, body));
            require(r, appends);
            return String.format("registrations and step appends straight to recording-service (%,d cases, %.0f events/s;"
                    + " no import endpoint)", cases, r.perSecond());
        }
    }

    private static void require(LoadResult r, long expected) {
        if (r.ok() < expected * 0.99) {
            throw new IllegalStateException("loading the audit log: " + r.ok() + " of " + expected + " succeeded: " + r.details());
        }
    }

    /** Waits until a signed checkpoint covers the whole log (checkpoints are signed every second in dev). */
    private static long awaitCheckpoint(BenchContext ctx, long leaves) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        long size = -1;
        while (System.nanoTime() < deadline) {
            Answer a = ctx.gateway().call(Request.get("/api/v1/audit/checkpoints/latest", null));
            if (a.status() == 200) {
                size = Api.read(a).path("treeSize").asLong();
                if (size >= leaves) {
                    return size;
                }
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("no checkpoint of " + leaves + " leaves within 5 minutes (latest: " + size + ")");
    }
}
