package gov.enforcement.review.reviews;

import java.util.Arrays;
import java.util.Optional;

/**
 * The materials sent for legal review (送审材料, seed 003 §14). The seed leaves the list to the agency's procedure;
 * the codes follow common practice, and the draft, the investigation report and the evidence list are always needed.
 */
public enum Material {
    DECISION_DRAFT("行政执法决定书代拟稿", true),
    INVESTIGATION_REPORT("案件调查终结报告", true),
    EVIDENCE_LIST("证据材料及目录", true),
    LEGAL_BASIS("法律依据及裁量说明", false),
    STATEMENT_AND_DEFENCE("陈述申辩笔录", false),
    HEARING_RECORD("听证笔录及报告", false),
    NOTICE_SERVED("事先告知书及送达回证", false),
    COUNSEL_OPINION("法律顾问意见", false),
    OTHER("其他材料", false);

    private final String label;
    private final boolean required;

    Material(String label, boolean required) {
        this.label = label;
        this.required = required;
    }

    public String label() {
        return label;
    }

    public boolean required() {
        return required;
    }

    public static Optional<Material> of(String code) {
        return Arrays.stream(values()).filter(m -> m.name().equals(code)).findFirst();
    }
}
