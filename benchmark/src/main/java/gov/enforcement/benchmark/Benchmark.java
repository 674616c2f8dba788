package gov.enforcement.benchmark;

import gov.enforcement.benchmark.appends.AppendsScenario;
import gov.enforcement.benchmark.baselines.HashBaseline;
import gov.enforcement.benchmark.baselines.HttpBaseline;
import gov.enforcement.benchmark.baselines.KafkaBaseline;
import gov.enforcement.benchmark.baselines.PostgresBaseline;
import gov.enforcement.benchmark.disclosure.DecisionLatencyScenario;
import gov.enforcement.benchmark.importing.ImportScenario;
import gov.enforcement.benchmark.load.LoadGenerator;
import gov.enforcement.benchmark.reads.ReadsScenario;
import gov.enforcement.benchmark.report.Figure;
import gov.enforcement.benchmark.report.Report;
import gov.enforcement.benchmark.search.SearchScenario;
import gov.enforcement.benchmark.stack.Api;
import gov.enforcement.benchmark.stack.BenchStack;
import gov.enforcement.benchmark.stack.Profiler;
import gov.enforcement.benchmark.verification.VerifyScenario;
import gov.enforcement.devstack.StackService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code ./bench}: starts its own one-machine stack, measures the raw baselines and every scenario on it, prints
 * them side by side and writes the JSON report. Exit code 0 when every scenario ran (goals are reported, not
 * enforced), 1 when one failed.
 */
public final class Benchmark {

    /**
     * In the order they run: later ones reuse what earlier ones left (decided cases, log leaves). The latency
     * scenario goes first, on a stack with no backlog to wait out.
     */
    static final List<Scenario> SCENARIOS = List.of(new DecisionLatencyScenario(), new AppendsScenario(),
            new ImportScenario(), new ReadsScenario(), new SearchScenario(), new VerifyScenario());

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(List.of(args).contains("--help") ? 0 : 2);
            return;
        }
        System.exit(run(options) ? 0 : 1);
    }

    static boolean run(Options options) throws Exception {
        Sizes sizes = options.shortRun() ? Sizes.shortRun() : Sizes.fullRun();
        Report report = new Report(sizes.mode());
        Instant started = Instant.now();
        boolean allRan = true;
        log("starting the stack (data in a fresh temporary folder)");
        try (BenchStack stack = BenchStack.start(options.repoRoot(), options.keepData());
             LoadGenerator gateway = new LoadGenerator("localhost", stack.port(StackService.GATEWAY));
             ScenarioWatchdog watchdog = new ScenarioWatchdog()) {
            report.note("stack", stack.describe());
            report.note("loadGenerator", "in this JVM on the same machine: Vert.x HttpClient, 2 event loops, closed loop,"
                    + " keep-alive, latencies to the last body byte; set-up and polling calls through the JDK's HttpClient");
            baselines(stack, sizes, report);
            BenchContext ctx = new BenchContext(stack, new Api(gateway), sizes, new Profiler(stack, options.profile()));
            for (Scenario scenario : SCENARIOS) {
                if (!options.selected(scenario.name())) {
                    continue;
                }
                log("scenario " + scenario.name());
                Instant t = Instant.now();
                try (AutoCloseable watched = watchdog.watch(scenario.name(), sizes.scenarioLimit(), () -> backlog(ctx))) {
                    // each scenario starts on a stack that has caught up: no one is billed for another's backlog
                    Duration settled = ctx.quiesce.await(sizes.scenarioLimit());
                    if (settled.toSeconds() > 0) {
                        log("the stack caught up with what came before in " + settled.toSeconds() + " s");
                    }
                    scenario.run(ctx).forEach(report::figure);
                    ctx.baselines.forEach(report::baseline);
                    ctx.baselines.clear();
                } catch (Exception | AssertionError e) {
                    allRan = false;
                    e.printStackTrace();
                    report.figure(Figure.unavailable(scenario.name() + ".failed", scenario.name() + " FAILED", "",
                            null, null, e.toString()));
                }
                Thread.interrupted(); // a watchdog's interrupt ends this scenario only
                log("scenario " + scenario.name() + " took " + Duration.between(t, Instant.now()).toSeconds() + " s");
            }
        }
        report.note("durationSeconds", Duration.between(started, Instant.now()).toSeconds());
        System.out.println();
        System.out.println(report.table());
        System.out.println("machine: " + report.toJson().get("machine") + "; load average at the end "
                + gov.enforcement.benchmark.report.Machine.loadAverage()
                + " (the load generator and the stack share these cores)");
        report.write(options.out());
        System.out.println("report: " + options.out().toAbsolutePath());
        return allRan;
    }

    private static void baselines(BenchStack stack, Sizes sizes, Report report) throws Exception {
        Duration warm = sizes.baselineWarmUp();
        Duration measure = sizes.baselineMeasure();
        log("baseline: PostgreSQL");
        new PostgresBaseline(stack).run(warm, measure).forEach(report::baseline);
        log("baseline: Kafka");
        report.baseline(new KafkaBaseline(stack.kafkaBootstrap()).run(warm, measure));
        log("baseline: SHA-256 and HTTP");
        report.baseline(new HashBaseline().run(warm, measure));
        report.baseline(new HttpBaseline().run(warm, measure));
    }

    private static String backlog(BenchContext ctx) {
        try {
            String waiting = ctx.quiesce.backlog();
            return waiting.isEmpty() ? "nothing" : waiting;
        } catch (Exception e) {
            return "unknown (" + e + ")";
        }
    }

    static void log(String message) {
        System.out.println("benchmark: " + message);
    }

    /** Command line: --short, --out FILE, --only a,b, --profile, --keep-data. */
    record Options(boolean shortRun, Path out, List<String> only, boolean profile, boolean keepData, Path repoRoot) {

        static final String USAGE = """
                usage: ./bench [--no-build] [--short] [--out report.json] [--only appends,import,...] [--profile] [--keep-data]
                  --short       small sizes, a few seconds per scenario (CI: proves the benchmark works, about 2 minutes)
                  --out FILE    the JSON report (default target/benchmark/report.json)
                  --only LIST   scenarios to run: appends, import, disclosure, reads, verify, search (baselines always run)
                  --profile     JFR CPU samples of the services while measuring; hot spots go into the report
                  --keep-data   keep the stack's temporary data folder
                """;

        static Options parse(String[] args) {
            boolean shortRun = false;
            boolean profile = false;
            boolean keep = false;
            Path out = Path.of("target/benchmark/report.json");
            List<String> only = List.of();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--short" -> shortRun = true;
                    case "--profile" -> profile = true;
                    case "--keep-data" -> keep = true;
                    case "--no-build" -> { }
                    case "--out" -> out = Path.of(value(args, ++i));
                    case "--only" -> only = List.of(value(args, ++i).split(","));
                    default -> throw new IllegalArgumentException((args[i].equals("--help") ? "" : "unknown argument: "
                            + args[i] + "\n") + USAGE);
                }
            }
            List<String> known = SCENARIOS.stream().map(Scenario::name).toList();
            for (String name : only) {
                if (!known.contains(name)) {
                    throw new IllegalArgumentException("unknown scenario: " + name + "\n" + USAGE);
                }
            }
            Path root = gov.enforcement.devstack.StackOptions.parse(new String[0], java.util.Map.of(),
                    Path.of("").toAbsolutePath()).repoRoot();
            return new Options(shortRun, out, only, profile, keep, root);
        }

        boolean selected(String scenario) {
            return only.isEmpty() || only.contains(scenario);
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException("missing value for " + args[i - 1] + "\n" + USAGE);
            }
            return args[i];
        }
    }
}
