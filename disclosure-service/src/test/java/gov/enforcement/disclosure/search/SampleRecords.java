package gov.enforcement.disclosure.search;

import gov.enforcement.disclosure.records.DecisionKind;
import gov.enforcement.disclosure.records.PublicParty;
import gov.enforcement.disclosure.records.PublicRecord;
import gov.enforcement.testing.TestAgencies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Redacted decision records as agencies publish them, for the index's own tests. */
final class SampleRecords {

    static final String AGENCY_A = TestAgencies.AGENCY_A;
    static final String AGENCY_B = TestAgencies.AGENCY_B;

    /** Facts of real-looking decisions (names masked as D-REDACT leaves them). */
    static final List<String> FACTS = List.of(
            "经查，石家庄恒信建筑劳务有限公司拖欠张**等12名劳动者工资共计86400元，经责令限期支付后逾期仍未支付。",
            "当事人河北鑫源食品有限公司生产销售标签不符合食品安全标准的预包装食品，货值金额3200元。",
            "当事人在未取得道路运输经营许可的情况下，使用冀A3K2**号小型客车从事旅客运输经营活动。",
            "经现场检查，某某餐饮店后厨未落实餐饮具清洗消毒制度，从业人员未取得健康证明上岗。",
            "当事人保定市华北环保科技有限公司未按规定安装使用大气污染防治设施，超标排放颗粒物。",
            "李**在禁止燃放烟花爆竹区域燃放烟花爆竹，经民警劝阻后拒不改正。");

    private SampleRecords() {
    }

    static PublicRecord record(String agency, String category, LocalDate decidedOn, String facts, String org, String orgCode,
                               String documentNumber, String caseNumber) {
        return new PublicRecord(List.of(new PublicParty(org, "ORGANISATION", orgCode), new PublicParty("张**", "PERSON", null)),
                caseNumber, documentNumber, category, "违反劳动保障法律法规", facts, "《劳动保障监察条例》第二十六条", "罚款",
                "罚款人民币20000元", new BigDecimal("20000"), null, decidedOn, agency, "劳动保障监察监督局",
                decidedOn.plusYears(1), "PUBLISHED", UUID.randomUUID(), PublicRecord.proofLink(UUID.randomUUID()),
                DecisionKind.ofCategory(category), null, true, null, null, null);
    }

    static PublicRecord simple(String agency, LocalDate decidedOn, int n) {
        return record(agency, "PENALTY", decidedOn, FACTS.get(n % FACTS.size()), "样本企业" + n + "有限公司",
                null, "样罚决〔2026〕" + n + "号", "样〔2026〕" + n + "号");
    }
}
