package gov.enforcement.benchmark;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Ends a scenario that runs far past its size: prints where the benchmark's own threads are and what the stack
 * still has to do, interrupts the scenario, and exits the process (the stack's shutdown hook stops the servers) if
 * the interrupt does not end it. A hang then fails quickly with its cause in the log, instead of running into an
 * outer time limit with nothing to show.
 */
final class ScenarioWatchdog implements AutoCloseable {

    static final Duration GRACE = Duration.ofSeconds(30);
    private static final int FRAMES = 14;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "scenario-watchdog");
        t.setDaemon(true);
        return t;
    });

    /** Watches the calling thread for {@code limit}; close the answer when the scenario ends. */
    AutoCloseable watch(String scenario, Duration limit, Supplier<String> backlog) {
        Thread runner = Thread.currentThread();
        ScheduledFuture<?> fire = timer.schedule(() -> {
            Benchmark.log("scenario " + scenario + " still runs after " + limit.toMinutes() + " min; ending it");
            System.out.println(whereThreadsAre());
            System.out.println("benchmark: the stack's backlog: " + backlog.get());
            runner.interrupt();
            timer.schedule(() -> {
                Benchmark.log("scenario " + scenario + " did not end when interrupted; stopping the benchmark");
                System.exit(3);
            }, GRACE.toSeconds(), TimeUnit.SECONDS);
        }, limit.toMillis(), TimeUnit.MILLISECONDS);
        return () -> fire.cancel(false);
    }

    /** The stacks of the threads running benchmark code, the few frames that say what each waits for. */
    static String whereThreadsAre() {
        StringBuilder out = new StringBuilder("benchmark: threads in benchmark code:\n");
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            StackTraceElement[] frames = e.getValue();
            boolean ours = false;
            for (StackTraceElement f : frames) {
                ours |= f.getClassName().startsWith("gov.enforcement.benchmark");
            }
            if (!ours || e.getKey() == Thread.currentThread()) {
                continue;
            }
            out.append("  \"").append(e.getKey().getName()).append("\" ").append(e.getKey().getState()).append('\n');
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                out.append("      at ").append(frames[i]).append('\n');
            }
        }
        return out.toString();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
