package gov.enforcement.benchmark;

import gov.enforcement.benchmark.report.Figure;

import gov.enforcement.benchmark.load.LoadGenerator;
import gov.enforcement.benchmark.stack.Api;
import gov.enforcement.benchmark.stack.BenchStack;
import gov.enforcement.benchmark.stack.Profiler;
import gov.enforcement.benchmark.stack.Quiesce;
import gov.enforcement.devstack.StackService;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the scenarios share: the stack, the API through the gateway, the sizes, an optional profiler, and
 * cases one scenario leaves for another (the decided cases are read by the reads scenario).
 */
public final class BenchContext {

    public final BenchStack stack;
    public final Api api;
    public final Sizes sizes;
    public final Profiler profiler;
    public final Quiesce quiesce;
    /** Cases with a few steps, a decision and a publication: what an officer typically reads. */
    public final List<UUID> decidedCases = new ArrayList<>();
    /** Baselines a scenario measures over its own data (bare Lucene over the search records); the report adds them. */
    public final List<Figure> baselines = new ArrayList<>();
    /** A run-unique tag, so document numbers differ from run to run. */
    public final String runTag = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();

    public BenchContext(BenchStack stack, Api api, Sizes sizes, Profiler profiler) {
        this.stack = stack;
        this.api = api;
        this.sizes = sizes;
        this.profiler = profiler;
        this.quiesce = new Quiesce(stack);
    }

    public LoadGenerator gateway() {
        return api.http();
    }

    public int port(StackService service) {
        return stack.port(service);
    }
}
