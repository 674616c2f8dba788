package gov.enforcement.disclosure.records;

/**
 * What a disclosure is (P-OUTCOME, P-LICENSE, P-INSPECT): the case's action category says which law it acts
 * under, the kind says what was decided. A no-penalty decision of a penalty case is never a penalty.
 */
public enum DecisionKind {
    /** 行政处罚决定, general or on the spot (P-SIMPLE). */
    PENALTY("行政处罚决定"),
    /** 不予行政处罚决定 (Penalty Law art 33, 57). */
    NO_PENALTY("不予行政处罚决定"),
    /** 行政许可决定: granted or refused. */
    LICENCE("行政许可决定"),
    /** 行政检查结果, e.g. of a random inspection (双随机、一公开). */
    INSPECTION_RESULT("行政检查结果"),
    /** Any other enforcement decision (coercion, levy, other). */
    OTHER("行政执法决定");

    private final String label;

    DecisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether its record carries the penalty items (category, content, amounts); other decisions keep their type there. */
    public boolean hasPenaltyItems() {
        return this == PENALTY || this == OTHER;
    }

    /** The kind of an issued decision: its draft's outcome first, then the case's category. */
    public static DecisionKind ofIssued(String category, Draft draft) {
        if (draft.isNoPenalty()) {
            return NO_PENALTY;
        }
        return ofCategory(category);
    }

    /** The kind records had before kinds were named: every one came from an issued decision without an outcome. */
    public static DecisionKind ofCategory(String category) {
        return switch (category == null ? "" : category) {
            case "PENALTY" -> PENALTY;
            case "LICENSING" -> LICENCE;
            default -> OTHER;
        };
    }
}
