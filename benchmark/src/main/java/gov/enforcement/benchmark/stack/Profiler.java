package gov.enforcement.benchmark.stack;

import gov.enforcement.devstack.StackService;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sampling profiler (--profile): a JFR recording ({@code settings=profile}, CPU samples every 10–20 ms) on each
 * service while a scenario measures, started and stopped with jcmd. The report gets, per service, the most
 * sampled top frames and the most sampled project frames (the nearest {@code gov.enforcement} frame of a sample).
 */
public final class Profiler {

    private static final int TOP = 10;

    private final BenchStack stack;
    private final boolean enabled;

    public Profiler(BenchStack stack, boolean enabled) {
        this.stack = stack;
        this.enabled = enabled;
    }

    /** Starts recording the services; {@link Session#stop()} answers the hot spots per service. */
    public Session start(StackService... services) {
        return new Session(enabled ? List.of(services) : List.of());
    }

    /** Recordings in progress. */
    public final class Session {
        private final Map<StackService, Long> pids = new LinkedHashMap<>();
        private final Map<StackService, Path> files = new LinkedHashMap<>();

        Session(List<StackService> services) {
            for (StackService service : services) {
                stack.pid(service).ifPresent(pid -> {
                    try {
                        Path file = Files.createTempFile("bench-" + service.serviceName(), ".jfr");
                        if (jcmd(pid, "JFR.start", "name=bench", "settings=profile", "filename=" + file)) {
                            pids.put(service, pid);
                            files.put(service, file);
                        }
                    } catch (Exception e) {
                        System.err.println("benchmark: no profile of " + service.serviceName() + ": " + e);
                    }
                });
            }
        }

        public Map<String, Object> stop() {
            Map<String, Object> out = new LinkedHashMap<>();
            pids.forEach((service, pid) -> {
                Path file = files.get(service);
                try {
                    jcmd(pid, "JFR.stop", "name=bench", "filename=" + file);
                    out.put(service.serviceName(), hotSpots(file));
                } catch (Exception e) {
                    out.put(service.serviceName(), "profile failed: " + e);
                } finally {
                    file.toFile().delete();
                }
            });
            return out;
        }
    }

    static Map<String, Object> hotSpots(Path file) throws Exception {
        Map<String, Integer> top = new HashMap<>();
        Map<String, Integer> project = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                top.merge(name(frames.get(0)), 1, Integer::sum);
            }
            frames.stream().filter(f -> f.getMethod().getType().getName().startsWith("gov.enforcement.")).findFirst()
                    .ifPresent(f -> project.merge(name(f), 1, Integer::sum));
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("cpuSamples", samples);
        s.put("topFrames", topOf(top, samples));
        s.put("topProjectFrames", topOf(project, samples));
        return s;
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static List<String> topOf(Map<String, Integer> counts, int samples) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(TOP).map(e -> String.format("%4.1f%% %s", 100.0 * e.getValue() / Math.max(1, samples), e.getKey()))
                .toList();
    }

    private static boolean jcmd(long pid, String... command) throws Exception {
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid)));
        args.addAll(List.of(command));
        Process p = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor() == 0;
    }
}
