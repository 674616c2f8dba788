package gov.enforcement.recording.cases.domain;

/** The enforcement action categories of DOMAIN.md §1 (seed 003 §一(二)). */
public enum CaseCategory {
    LICENSING, PENALTY, COERCION, INSPECTION, LEVY, OTHER
}
