package gov.enforcement.recording.cases.domain;

import java.util.Set;

/**
 * The procedures a case runs under (DOMAIN.md §7): each has its own steps, order, time limits and outcomes
 * ({@link Procedures}). A case names its procedure when it is registered; cases registered before procedures were
 * named run under their category's default, which is what they were recorded under.
 */
public enum Procedure {
    /** 普通程序: the Penalty Law's general procedure (art 54–65). */
    GENERAL_PENALTY(Set.of(CaseCategory.PENALTY)),
    /** 简易程序 (P-SIMPLE): decided on the spot by the officers, filed with the agency afterwards (art 51–52). */
    SIMPLIFIED_PENALTY(Set.of(CaseCategory.PENALTY)),
    /** 行政强制措施 (P-COERCE): sealing or seizure, then release, handling or coercive execution. */
    COERCIVE_MEASURE(Set.of(CaseCategory.COERCION)),
    /** 行政许可 (P-LICENSE): application, acceptance, examination, decision, certificate. */
    LICENSING(Set.of(CaseCategory.LICENSING)),
    /** 行政检查 (P-INSPECT): an inspection, by a random draw or not, and its result. */
    INSPECTION(Set.of(CaseCategory.INSPECTION)),
    /** Levies and other actions: investigated and decided, without the penalty procedure's notice of rights. */
    OTHER_ACTION(Set.of(CaseCategory.LEVY, CaseCategory.OTHER));

    private final Set<CaseCategory> categories;

    Procedure(Set<CaseCategory> categories) {
        this.categories = categories;
    }

    /** Whether a case of this action category may run under this procedure. */
    public boolean fits(CaseCategory category) {
        return categories.contains(category);
    }

    /** The procedure a case of this category runs under when its registration names none. */
    public static Procedure defaultFor(CaseCategory category) {
        if (category == null) {
            return OTHER_ACTION;
        }
        return switch (category) {
            case PENALTY -> GENERAL_PENALTY;
            case COERCION -> COERCIVE_MEASURE;
            case LICENSING -> LICENSING;
            case INSPECTION -> INSPECTION;
            case LEVY, OTHER -> OTHER_ACTION;
        };
    }
}
