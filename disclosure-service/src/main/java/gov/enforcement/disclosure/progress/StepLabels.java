package gov.enforcement.disclosure.progress;

import java.util.Map;

/** The Chinese names of case steps as a party reads them. */
public final class StepLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("CaseRegistered", "立案"), Map.entry("OfficersAssigned", "指派执法人员"),
            Map.entry("CredentialsShown", "出示执法证件"), Map.entry("InvestigationRecorded", "调查取证"),
            Map.entry("EvidenceRecorded", "调查取证"), Map.entry("AudioVisualRecorded", "音像记录"),
            Map.entry("RightsNotified", "告知"), Map.entry("HearingRequested", "申请听证"), Map.entry("HearingHeld", "听证"),
            Map.entry("DecisionDrafted", "拟作出决定"), Map.entry("DecisionClassified", "法制审核"),
            Map.entry("ReviewOpinionGiven", "法制审核"), Map.entry("CoordinationResolved", "法制审核"),
            Map.entry("CollectiveDiscussionHeld", "集体讨论"), Map.entry("DecisionIssued", "作出决定"),
            Map.entry("DocumentServed", "送达"), Map.entry("DecisionExecuted", "执行"), Map.entry("CaseClosed", "结案"),
            Map.entry("CaseArchived", "归档"), Map.entry("DecisionRevoked", "撤销"),
            Map.entry("DecisionConfirmedIllegal", "确认违法"), Map.entry("DecisionOrderedRemade", "责令重新作出"),
            Map.entry("CaseTransferred", "移送"), Map.entry("DisclosurePublished", "公示"),
            Map.entry("DisclosureCorrected", "更正"), Map.entry("DisclosureWithdrawn", "撤下公示"));

    private StepLabels() {
    }

    public static String of(String step) {
        return LABELS.getOrDefault(step, step);
    }
}
