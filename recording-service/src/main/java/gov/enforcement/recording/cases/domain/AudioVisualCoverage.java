package gov.enforcement.recording.cases.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * R-AV-REQUIRED per occurrence of a step: an audio-visual record documents the latest recorded occurrence of the
 * step it names, or, when none is recorded yet, the first one to come (filmed first, written up after). Two
 * on-site inspections with one photo leave one of them uncovered. Kept as counts per step, so the state of a
 * busy case does not grow with every repeated step.
 *
 * @param latest    per step name, its latest occurrence ({@code name:qualifier}) and whether a record covers it
 * @param uncovered per {@code name:qualifier}, how many earlier occurrences ended with no record
 * @param pending   step names with a record made before any occurrence of them
 */
public record AudioVisualCoverage(Map<String, Latest> latest, Map<String, Integer> uncovered, Set<String> pending) {

    public static final AudioVisualCoverage NONE = new AudioVisualCoverage(Map.of(), Map.of(), Set.of());

    /** The latest occurrence of one step name. */
    public record Latest(String step, boolean covered) {
    }

    /** A step ({@code name} with its catalogue key {@code name:qualifier}) was recorded. */
    AudioVisualCoverage occurred(String name, String step) {
        Map<String, Latest> nextLatest = new HashMap<>(latest);
        Map<String, Integer> nextUncovered = uncovered;
        Latest before = latest.get(name);
        if (before != null && !before.covered()) {
            nextUncovered = new HashMap<>(uncovered);
            nextUncovered.merge(before.step(), 1, Integer::sum);
        }
        nextLatest.put(name, new Latest(step, pending.contains(name)));
        Set<String> nextPending = pending;
        if (pending.contains(name)) {
            nextPending = new HashSet<>(pending);
            nextPending.remove(name);
        }
        return new AudioVisualCoverage(Map.copyOf(nextLatest), Map.copyOf(nextUncovered), Set.copyOf(nextPending));
    }

    /** An audio-visual record was made for the step named {@code name}. */
    AudioVisualCoverage recordedFor(String name) {
        Latest before = latest.get(name);
        if (before == null) {
            Set<String> nextPending = new HashSet<>(pending);
            nextPending.add(name);
            return new AudioVisualCoverage(latest, uncovered, Set.copyOf(nextPending));
        }
        if (before.covered()) {
            return this; // one more record of the same occurrence
        }
        Map<String, Latest> nextLatest = new HashMap<>(latest);
        nextLatest.put(name, new Latest(before.step(), true));
        return new AudioVisualCoverage(Map.copyOf(nextLatest), uncovered, pending);
    }

    /** The {@code name:qualifier} of every occurrence with no record, once each. */
    Set<String> uncoveredSteps() {
        Set<String> steps = new TreeSet<>();
        uncovered.forEach((step, count) -> {
            if (count > 0) {
                steps.add(step);
            }
        });
        latest.values().stream().filter(l -> !l.covered()).forEach(l -> steps.add(l.step()));
        return steps;
    }
}
