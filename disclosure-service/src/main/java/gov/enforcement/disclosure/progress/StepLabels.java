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
            Map.entry("DisclosureCorrected", "更正"), Map.entry("DisclosureWithdrawn", "撤下公示"),
            // the procedures of DOMAIN.md §7
            Map.entry("OnTheSpotDecisionMade", "当场作出处罚决定"), Map.entry("OnTheSpotDecisionFiled", "当场处罚决定备案"),
            Map.entry("CaseWithdrawn", "撤销立案"), Map.entry("DecisionChanged", "变更决定"),
            Map.entry("ApplicationHandled", "受理申请"), Map.entry("CorrectionRequested", "告知补正"),
            Map.entry("CorrectionSupplied", "补正材料"), Map.entry("LicenceDecided", "作出许可决定"),
            Map.entry("LicenceCertificateIssued", "颁发许可证件"), Map.entry("LicenceAltered", "许可延续、变更、撤销或注销"),
            Map.entry("InspectionConcluded", "检查结果"), Map.entry("StatementAndDefenceRecorded", "陈述、申辩"),
            Map.entry("DefenceReChecked", "复核"), Map.entry("RecusalDecided", "回避决定"),
            Map.entry("HearingNotified", "听证通知"), Map.entry("HearingWaived", "放弃听证"),
            Map.entry("TimeLimitExtended", "延长期限"), Map.entry("PaymentNoticeIssued", "缴款通知"),
            Map.entry("PaymentReceived", "缴纳罚款"), Map.entry("PaymentDeferred", "延期或分期缴纳"),
            Map.entry("LatePaymentSurchargeAssessed", "加处罚款"), Map.entry("CourtEnforcementApplied", "申请法院强制执行"),
            Map.entry("CourtEnforcementConcluded", "法院强制执行结果"), Map.entry("ExecutionTerminated", "终结执行"),
            Map.entry("PropertySealed", "查封、扣押"), Map.entry("SealingExtended", "延长查封、扣押期限"),
            Map.entry("SealingEnded", "解除查封、扣押"), Map.entry("ExecutionDemanded", "催告"),
            Map.entry("CoerciveExecutionCarriedOut", "强制执行"));

    private StepLabels() {
    }

    public static String of(String step) {
        return LABELS.getOrDefault(step, step);
    }
}
