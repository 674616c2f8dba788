package gov.enforcement.benchmark.search;

import gov.enforcement.benchmark.cases.CaseData;
import gov.enforcement.benchmark.cases.Identities;
import gov.enforcement.disclosure.obligations.Deadline;
import gov.enforcement.disclosure.records.CaseFacts;
import gov.enforcement.disclosure.records.Draft;
import gov.enforcement.disclosure.records.Party;
import gov.enforcement.disclosure.records.PublicRecord;
import gov.enforcement.disclosure.records.PublicityPeriod;
import gov.enforcement.disclosure.records.RecordBuilder;
import gov.enforcement.disclosure.records.RedactionRules;
import gov.enforcement.disclosure.records.Redactor;
import gov.enforcement.platform.calendar.HolidayCnFormat;
import gov.enforcement.platform.calendar.WorkingDayCalendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Generates published decisions as disclosure-service would have written them: the record is built by the
 * service's own {@link RecordBuilder} and {@link Redactor} (default rules) from raw case facts, the deadline by its
 * own {@link Deadline} on the shipped working-day calendar, the publicity period by {@link PublicityPeriod} defaults.
 */
public final class PublishedRecords {

    /** Agencies of the generated decisions (valid credit codes); the stack's own agency is the first. */
    public static final List<String> AGENCIES = List.of("11130100MB12345671", "11130100MB0001234B", "11130102MB1122334D",
            "11130104MB2233445U", "11130105MB3344556U", "11130107MB4455667A", "11130108MB5566778A", "11130109MB6677889A");
    static final List<String> UNITS = List.of("劳动保障监察监督局", "市场监督管理局", "生态环境局", "交通运输局", "应急管理局",
            "消防救援支队", "住房和城乡建设局", "卫生健康委员会");
    static final List<String> ABBREVIATIONS = List.of("石人社监罚", "石市监罚", "石环罚", "石交罚", "石应急罚", "石消行罚",
            "石建罚", "石卫罚");
    static final List<String> FACTS = List.of("经查，当事人%s拖欠%d名劳动者工资共计%d元，经责令限期改正逾期未改正",
            "经查，当事人%s于%d年销售超过保质期的食品%d件", "经查，当事人%s未按规定公示营业执照，联系电话13812345678，经责令%d日内改正，涉及金额%d元",
            "经查，当事人%s擅自改变房屋用途，涉及面积%d平方米，住址石家庄市长安区建设北大街%d号",
            "经查，当事人%s违规排放大气污染物，超标%d倍，持续%d日");
    static final List<String> BASES = List.of("《劳动保障监察条例》第二十六条", "《中华人民共和国食品安全法》第一百二十四条",
            "《中华人民共和国行政处罚法》第二十八条", "《中华人民共和国大气污染防治法》第九十九条", "《中华人民共和国消防法》第六十条");
    static final String[] CATEGORIES = {"PENALTY", "PENALTY", "PENALTY", "PENALTY", "PENALTY", "PENALTY", "PENALTY",
            "LICENSING", "COERCION", "INSPECTION"};

    private final RecordBuilder builder = new RecordBuilder(new Redactor(RedactionRules.all()));
    private final PublicityPeriod period = PublicityPeriod.defaults();
    private final WorkingDayCalendar calendar = new WorkingDayCalendar(HolidayCnFormat.shipped());
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    /** One generated decision, with everything the three tables need. */
    public record Generated(UUID disclosureId, UUID caseId, UUID issuedEventId, CaseFacts facts, PublicRecord record,
                            String rule, int deadlineDays, Deadline deadline, long caseVersion) {
    }

    public Generated generate(long n) {
        Random r = new Random(n * 0x9E3779B97F4A7C15L);
        int a = r.nextInt(AGENCIES.size());
        String category = CATEGORIES[r.nextInt(CATEGORIES.length)];
        // decided within the last ten months: most are still public (a year with amounts), warnings drop out after 3 months
        LocalDate decidedOn = today.minusDays(r.nextInt(300));
        boolean person = r.nextInt(3) != 0;
        String name = person ? CaseData.personName(r.nextInt(10_000)) : CaseData.COMPANIES.get(r.nextInt(CaseData.COMPANIES.size()));
        Party party = person ? new Party("PERSON", name, Identities.residentId(r.nextLong()), null)
                : new Party("ORGANISATION", name, null, Identities.creditCode(r.nextLong()));
        String matter = CaseData.MATTERS.get(r.nextInt(CaseData.MATTERS.size()));
        String facts = String.format(FACTS.get(r.nextInt(FACTS.size())), name, 2 + r.nextInt(60), 1000 + r.nextInt(200_000));
        BigDecimal fine = r.nextInt(10) == 0 ? null : BigDecimal.valueOf((1 + r.nextInt(400)) * 500L);
        Draft draft = new Draft(fine == null ? "WARNING" : "FINE", facts, BASES.get(r.nextInt(BASES.size())), fine,
                r.nextInt(20) == 0 ? BigDecimal.valueOf((1 + r.nextInt(100)) * 100L) : null, false, r.nextInt(200) == 0);
        int year = decidedOn.getYear();
        UUID caseId = new UUID(r.nextLong(), r.nextLong());
        UUID issuedEventId = new UUID(r.nextLong(), r.nextLong());
        String caseNumber = AGENCIES.get(a) + "〔" + year + "〕" + (1 + n % 90_000) + "号";
        String documentNumber = ABBREVIATIONS.get(a) + "〔" + year + "〕" + (1 + n % 90_000) + "号";
        CaseFacts caseFacts = new CaseFacts(caseId, AGENCIES.get(a), caseNumber, category, matter, UNITS.get(a),
                List.of(party), draft, documentNumber, decidedOn, issuedEventId);
        boolean penalty = category.equals("PENALTY");
        PublicRecord record = builder.build(caseFacts, period.until(decidedOn, category, draft), penalty, null);
        boolean seven = category.equals("PENALTY") || category.equals("LICENSING");
        int days = seven ? 7 : 20;
        return new Generated(new UUID(r.nextLong(), r.nextLong()), caseId, issuedEventId, caseFacts, record,
                seven ? "D-POST-7" : "D-POST-20", days, Deadline.of(calendar, decidedOn, days), 6 + r.nextInt(10));
    }
}
