package gov.enforcement.recording.cases.domain;

import java.util.Set;

/**
 * How the cases of one enforcement matter run where the law leaves it to the agency (DOMAIN.md §7, P-MASTER): which
 * procedures the matter may use (an agency may rule out on-the-spot decisions for a matter), the days to decide it
 * when a law or regulation sets another limit than the Penalty Law's 90 (P-TIME), and the steps that need an
 * audio-visual record beyond the agency's catalogue (R-AV-REQUIRED). Published with the powers list entry; a case
 * records the profile in force when it was registered, so a later change never rewrites a running case.
 */
public record MatterProfile(Set<Procedure> procedures, Integer decisionDays, Set<String> audioVisual) {

    /** The laws' defaults: every procedure that fits the case, 90 days, the agency's catalogue alone. */
    public static final MatterProfile LAW_DEFAULTS = new MatterProfile(Set.of(), null, Set.of());

    /** The longest decision limit a matter may set: a year covers every special regulation we know of. */
    public static final int MAX_DECISION_DAYS = 365;

    public MatterProfile {
        procedures = procedures == null ? Set.of() : Set.copyOf(procedures);
        audioVisual = audioVisual == null ? Set.of() : Set.copyOf(audioVisual);
        if (decisionDays != null && (decisionDays < 1 || decisionDays > MAX_DECISION_DAYS)) {
            throw new IllegalArgumentException("decisionDays is 1 to " + MAX_DECISION_DAYS);
        }
    }

    /** Whether a case of this matter may run under {@code procedure}; an empty list leaves every procedure open. */
    public boolean allows(Procedure procedure) {
        return procedures.isEmpty() || procedures.contains(procedure);
    }

    /** P-TIME: the days to decide a case of this matter. */
    public int decisionDaysOr(int lawDefault) {
        return decisionDays == null ? lawDefault : decisionDays;
    }

    public static MatterProfile orDefaults(MatterProfile profile) {
        return profile == null ? LAW_DEFAULTS : profile;
    }
}
