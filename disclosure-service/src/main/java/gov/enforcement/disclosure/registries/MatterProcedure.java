package gov.enforcement.disclosure.registries;

import gov.enforcement.platform.problem.Problem.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * P-MASTER: how the cases of a matter run where the law leaves it to the agency, published with the powers list entry
 * and honoured by recording: the procedures the matter may use (empty: every one that fits), the days to decide when a
 * law or regulation sets another limit than the Penalty Law's 90, and steps that need an audio-visual record beyond
 * the agency's catalogue.
 */
public record MatterProcedure(List<String> procedures, Integer decisionDays, List<String> audioVisual) {

    static final Set<String> PROCEDURES = Set.of("GENERAL_PENALTY", "SIMPLIFIED_PENALTY", "COERCIVE_MEASURE", "LICENSING",
            "INSPECTION", "OTHER_ACTION");
    static final int MAX_DECISION_DAYS = 365;
    static final int MAX_AUDIO_VISUAL = 50;
    private static final Pattern AUDIO_VISUAL_ENTRY = Pattern.compile("[A-Za-z]{1,64}(:[A-Z0-9_*]{1,64})?");

    public MatterProcedure {
        procedures = procedures == null ? List.of() : procedures;
        audioVisual = audioVisual == null ? List.of() : audioVisual;
    }

    /** Every problem of form at once, under {@code procedure.}. */
    List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (procedures.size() > PROCEDURES.size() || procedures.stream().distinct().count() != procedures.size()) {
            errors.add(new FieldError("procedure.procedures", "lists each procedure at most once"));
        }
        for (int i = 0; i < procedures.size(); i++) {
            if (!PROCEDURES.contains(procedures.get(i))) {
                errors.add(new FieldError("procedure.procedures[" + i + "]", "is one of " + PROCEDURES));
            }
        }
        if (decisionDays != null && (decisionDays < 1 || decisionDays > MAX_DECISION_DAYS)) {
            errors.add(new FieldError("procedure.decisionDays", "is 1 to " + MAX_DECISION_DAYS + " days, or null for 90"));
        }
        if (audioVisual.size() > MAX_AUDIO_VISUAL || audioVisual.stream().distinct().count() != audioVisual.size()) {
            errors.add(new FieldError("procedure.audioVisual", "lists at most " + MAX_AUDIO_VISUAL + " distinct entries"));
        }
        for (int i = 0; i < audioVisual.size(); i++) {
            String entry = audioVisual.get(i);
            if (entry == null || !AUDIO_VISUAL_ENTRY.matcher(entry).matches()) {
                errors.add(new FieldError("procedure.audioVisual[" + i + "]",
                        "is a step name, optionally with :KIND, or CATEGORY:* (e.g. InvestigationRecorded:ON_SITE_INSPECTION)"));
            }
        }
        return errors;
    }
}
