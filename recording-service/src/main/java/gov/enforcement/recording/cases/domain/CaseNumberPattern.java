package gov.enforcement.recording.cases.domain;

import gov.enforcement.recording.cases.store.CaseNumbers;

import java.util.Map;

/**
 * X-CASENO: formats a case number from a configurable pattern, e.g. {@code {prefix}〔{year}〕{seq}号}
 * gives {@code 石人社监〔2026〕17号}. The sequence itself is allocated gap-free by {@link CaseNumbers}.
 */
public record CaseNumberPattern(String pattern, Map<String, String> prefixes) {

    public CaseNumberPattern {
        if (!pattern.contains("{seq}")) {
            throw new IllegalArgumentException("a case number pattern needs {seq}: " + pattern);
        }
        prefixes = Map.copyOf(prefixes);
    }

    public String format(String agency, int year, int sequence) {
        return pattern.replace("{prefix}", prefixes.getOrDefault(agency, agency))
                .replace("{agency}", agency)
                .replace("{year}", Integer.toString(year))
                .replace("{seq}", Integer.toString(sequence));
    }
}
