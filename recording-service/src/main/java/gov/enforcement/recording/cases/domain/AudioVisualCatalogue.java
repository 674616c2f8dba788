package gov.enforcement.recording.cases.domain;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * R-AV-REQUIRED: the 音像记录事项清单 — which recorded steps need an audio-visual record. Entries are a step name,
 * optionally narrowed by its kind or method ({@code InvestigationRecorded:ON_SITE_INSPECTION},
 * {@code DocumentServed:LIEN}), or {@code *} with a category for every step of that category
 * ({@code COERCION:*}, full-process recording of coercive measures).
 */
public record AudioVisualCatalogue(Set<String> entries) {

    public static AudioVisualCatalogue parse(String text) {
        if (text == null || text.isBlank()) {
            return new AudioVisualCatalogue(Set.of());
        }
        return new AudioVisualCatalogue(Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** The agency's catalogue with the entries the case's matter adds (P-MASTER). */
    public AudioVisualCatalogue withMatter(MatterProfile profile) {
        if (profile == null || profile.audioVisual().isEmpty()) {
            return this;
        }
        Set<String> all = new LinkedHashSet<>(entries);
        all.addAll(profile.audioVisual());
        return new AudioVisualCatalogue(Set.copyOf(all));
    }

    /** Whether a recorded step (name and qualifier, e.g. its kind) of a case of this category needs AV. */
    public boolean requires(CaseCategory category, String step, String qualifier) {
        return entries.contains(step) || (qualifier != null && entries.contains(step + ":" + qualifier))
                || (category != null && entries.contains(category.name() + ":*"));
    }

    /** The steps of the case that need AV and have an occurrence with none recorded for it (per occurrence). */
    public List<String> missing(CaseState state) {
        AudioVisualCatalogue forMatter = withMatter(state.progress().profile());
        Set<String> missing = new LinkedHashSet<>();
        for (String step : state.audioVisual().uncoveredSteps()) {
            String[] parts = step.split(":", 2);
            if (forMatter.requires(state.category(), parts[0], parts.length > 1 ? parts[1] : null)) {
                missing.add(parts[0]);
            }
        }
        return List.copyOf(missing);
    }
}
