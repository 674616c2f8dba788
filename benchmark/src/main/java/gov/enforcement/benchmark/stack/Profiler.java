package gov.enforcement.benchmark.stack;

import gov.enforcement.devstack.StackService;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A poor man's sampling profiler (--profile): {@code jcmd <pid> Thread.print} on a service every 250 ms while a
 * scenario measures; counts, over RUNNABLE threads, the topmost frame and the topmost project frame. Each
 * sample stops the service at a safepoint, so figures of a profiled run are a little low.
 */
public final class Profiler {

    private static final Duration INTERVAL = Duration.ofMillis(250);
    private static final int TOP = 8;

    private final BenchStack stack;
    private final boolean enabled;

    public Profiler(BenchStack stack, boolean enabled) {
        this.stack = stack;
        this.enabled = enabled;
    }

    /** Starts sampling the services; {@link Session#stop()} answers the hot spots per service. */
    public Session start(StackService... services) {
        return new Session(enabled ? List.of(services) : List.of());
    }

    /** A sampling in progress. */
    public final class Session {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Map<StackService, Map<String, Integer>> top = new HashMap<>();
        private final Map<StackService, Map<String, Integer>> project = new HashMap<>();
        private final Map<StackService, Integer> samples = new HashMap<>();
        private final List<Thread> threads = new ArrayList<>();

        Session(List<StackService> services) {
            for (StackService service : services) {
                stack.pid(service).ifPresent(pid -> {
                    Thread t = new Thread(() -> sample(service, pid), "profile-" + service.serviceName());
                    t.setDaemon(true);
                    t.start();
                    threads.add(t);
                });
            }
        }

        private void sample(StackService service, long pid) {
            String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            while (running.get()) {
                try {
                    Process p = new ProcessBuilder(jcmd, Long.toString(pid), "Thread.print").redirectErrorStream(true).start();
                    List<String> lines;
                    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                        lines = r.lines().toList();
                    }
                    p.waitFor();
                    synchronized (this) {
                        count(service, lines);
                    }
                    Thread.sleep(INTERVAL.toMillis());
                } catch (Exception e) {
                    return;
                }
            }
        }

        private void count(StackService service, List<String> lines) {
            samples.merge(service, 1, Integer::sum);
            boolean runnable = false;
            boolean first = false;
            boolean projectSeen = false;
            for (String line : lines) {
                String l = line.trim();
                if (l.startsWith("java.lang.Thread.State:")) {
                    runnable = l.contains("RUNNABLE");
                    first = true;
                    projectSeen = false;
                } else if (l.startsWith("at ") && runnable) {
                    String frame = l.substring(3).replaceAll("\\(.*", "");
                    if (first) {
                        // threads parked in the selector or reading a socket are RUNNABLE but idle
                        if (frame.contains("epollWait") || frame.contains("EPoll.wait") || frame.contains("socketRead")
                                || frame.contains("SocketDispatcher.read") || frame.contains("accept")) {
                            runnable = false;
                            continue;
                        }
                        top.computeIfAbsent(service, s -> new HashMap<>()).merge(frame, 1, Integer::sum);
                        first = false;
                    }
                    if (!projectSeen && frame.startsWith("gov.enforcement.")) {
                        project.computeIfAbsent(service, s -> new HashMap<>()).merge(frame, 1, Integer::sum);
                        projectSeen = true;
                    }
                } else if (l.isEmpty()) {
                    runnable = false;
                }
            }
        }

        public synchronized Map<String, Object> stop() {
            running.set(false);
            threads.forEach(t -> {
                try {
                    t.join(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Map<String, Object> out = new LinkedHashMap<>();
            samples.forEach((service, n) -> {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("samples", n);
                s.put("topFrames", topOf(top.get(service)));
                s.put("topProjectFrames", topOf(project.get(service)));
                out.put(service.serviceName(), s);
            });
            return out;
        }

        private List<String> topOf(Map<String, Integer> counts) {
            if (counts == null) {
                return List.of();
            }
            return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                    .limit(TOP).map(e -> e.getValue() + " × " + e.getKey()).toList();
        }
    }
}
