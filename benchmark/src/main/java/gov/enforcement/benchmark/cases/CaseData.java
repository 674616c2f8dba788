package gov.enforcement.benchmark.cases;

import gov.enforcement.benchmark.stack.Api;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Realistic request bodies for registrations and steps, varied by a number; the same shapes as the system tests. */
public final class CaseData {

    public static final List<String> MATTERS = List.of("未依法支付劳动报酬", "未按规定签订劳动合同", "安排劳动者超时加班",
            "销售过期食品", "未取得食品经营许可从事食品经营", "未按规定公示营业执照", "虚假宣传", "无证驾驶营运车辆",
            "违规排放大气污染物", "未按规定设置安全警示标志", "占用消防通道", "擅自改变房屋用途");
    public static final List<String> SURNAMES = List.of("张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙");
    public static final List<String> GIVEN = List.of("伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
            "杰", "娟", "涛", "明", "超", "秀兰", "霞");
    public static final List<String> COMPANIES = List.of("石家庄恒达建筑工程有限公司", "河北鑫源食品有限公司", "石家庄市长安区福来超市",
            "河北中正物流有限公司", "石家庄华北制药包装有限公司", "正定县兴隆餐饮店", "石家庄市新华区宏远汽车修理厂",
            "河北瑞丰化工有限公司", "石家庄美佳商贸有限公司", "藁城区顺发木业加工厂");

    private CaseData() {
    }

    public static String personName(long i) {
        return SURNAMES.get((int) (i % SURNAMES.size())) + GIVEN.get((int) ((i / 7) % GIVEN.size()));
    }

    /** The body of POST /api/v1/cases: a penalty case against a person or a company. */
    public static Map<String, Object> registration(long i) {
        Map<String, Object> party = i % 3 == 0
                ? Map.of("kind", "ORGANISATION", "name", COMPANIES.get((int) (i % COMPANIES.size())),
                "creditCode", Identities.creditCode(i))
                : Map.of("kind", "PERSON", "name", personName(i), "idNumber", Identities.residentId(i));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", "PENALTY");
        body.put("matter", MATTERS.get((int) (i % MATTERS.size())));
        body.put("unit", "劳动保障监察监督局");
        body.put("parties", List.of(party));
        body.put("officers", List.of(Map.of("name", "李四", "certificate", "HB-0001"),
                Map.of("name", "王五", "certificate", "HB-0002")));
        return body;
    }

    /** An evidence record (X-TWO): allowed again and again while the case collects evidence. */
    public static Map<String, Object> evidence(long i) {
        return step("EvidenceRecorded", Map.of("evidenceId", UUID.randomUUID().toString(), "kind", "DOCUMENTARY",
                "description", "工资支付台账复印件第" + (i % 500 + 1) + "页，加盖当事人公章",
                "certificates", List.of("HB-0001", "HB-0002"),
                "collectedAt", now()));
    }

    public static Map<String, Object> investigation() {
        String now = now();
        return step("InvestigationRecorded", Map.of("kind", "INVESTIGATION", "certificates", List.of("HB-0001", "HB-0002"),
                "place", "石家庄市长安区", "startedAt", now, "endedAt", now, "summary", "调取工资发放记录"));
    }

    public static Map<String, Object> rightsNotified() {
        return step("RightsNotified", Map.of("reason", "拟作出行政处罚", "legalBasis", "《劳动保障监察条例》第二十六条",
                "rights", List.of("STATEMENT", "DEFENCE", "HEARING"), "method", "WRITTEN",
                "notifiedAt", now()));
    }

    /** A minor fine (legal review classifies it not major, so it may issue without a review). */
    public static Map<String, Object> draft(int fine) {
        return step("DecisionDrafted", Map.of("decisionType", "FINE", "facts", "拖欠工资三个月",
                "legalBasis", "《劳动保障监察条例》第二十六条", "discretionBenchmark", "裁量基准第1档",
                "discretionReasons", "首次违法、及时改正", "fineAmount", fine));
    }

    public static Map<String, Object> issue(String documentNumber) {
        return step("DecisionIssued", Map.of("documentNumber", documentNumber));
    }

    /** RFC 3339 with seconds always (OffsetDateTime.toString() drops ":00", which the step schemas refuse). */
    static String now() {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0));
    }

    public static Map<String, Object> step(String type, Map<String, Object> data) {
        return Map.of("type", type, "data", data);
    }

    public static String json(Object body) {
        return Api.write(body);
    }
}
