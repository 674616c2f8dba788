package gov.enforcement.recording.cases.domain;

import gov.enforcement.platform.security.Caller;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Events and contexts for given-events / when-step / then tests of the case decider. */
final class CaseFixtures {

    static final String AGENCY = "11130100MB12345671";
    static final UUID CASE_ID = UUID.fromString("5b0c1f3e-2a64-4b43-9a1d-6a1f0d7c9e21");
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-09-29T10:00:00+08:00");
    static final OfficerRegistry OFFICERS = OfficerRegistry.parse(
            "HB-0001|李四|" + AGENCY + "|PENALTY,INSPECTION|2024-01-01|2030-12-31;"
                    + "HB-0002|王五|" + AGENCY + "|PENALTY,INSPECTION|2024-01-01|2030-12-31;"
                    + "HB-0003|赵六|" + AGENCY + "|PENALTY|2024-01-01|2030-12-31;"
                    + "HB-0004|钱七|" + AGENCY + "|INSPECTION|2024-01-01|2030-12-31;"
                    + "HB-0005|孙八|" + AGENCY + "|PENALTY|2020-01-01|2024-12-31;"
                    + "SJ-0009|周九|12130100MB00000019|PENALTY|2024-01-01|2030-12-31");

    private CaseFixtures() {
    }

    static StepContext by(String certificate) {
        return new StepContext(new Actor("officer-" + certificate, AGENCY, certificate), NOW, OFFICERS,
                ZoneId.of("Asia/Shanghai"));
    }

    static CaseEvent.CaseRegistered registered(CaseCategory category) {
        return new CaseEvent.CaseRegistered(CASE_ID, "测〔2026〕1号", AGENCY, null, category, "未依法支付劳动报酬",
                List.of(new Party(Party.Kind.PERSON, "张三", "130102198001010010", null)),
                List.of(new Officer("李四", "HB-0001"), new Officer("王五", "HB-0002")), NOW, "officer-HB-0001", null);
    }

    /** A case under {@code procedure} against one party of {@code kind}. */
    static CaseEvent.CaseRegistered registered(CaseCategory category, Procedure procedure, Party.Kind kind) {
        Party party = kind == Party.Kind.PERSON ? new Party(Party.Kind.PERSON, "张三", "130102198001010010", null)
                : new Party(Party.Kind.ORGANISATION, "石家庄某某餐饮有限公司", null, "91130100MA07XXXX1X");
        return new CaseEvent.CaseRegistered(CASE_ID, "测〔2026〕1号", AGENCY, null, category, "未依法支付劳动报酬",
                List.of(party), List.of(new Officer("李四", "HB-0001"), new Officer("王五", "HB-0002")), NOW,
                "officer-HB-0001", procedure);
    }

    static CaseEvent.InvestigationRecorded investigation(String... certificates) {
        return new CaseEvent.InvestigationRecorded("INVESTIGATION", List.of(certificates), "石家庄市长安区",
                NOW.minusHours(2), NOW.minusHours(1), "调取工资发放记录");
    }

    static CaseEvent.RightsNotified rightsNotified() {
        return new CaseEvent.RightsNotified("拟作出行政处罚", "《劳动保障监察条例》第二十六条",
                List.of("STATEMENT", "DEFENCE", "HEARING"), "WRITTEN", NOW);
    }

    static CaseEvent.DecisionDrafted draft(BigDecimal fine) {
        return new CaseEvent.DecisionDrafted(0, "FINE", "拖欠工资三个月", "《劳动保障监察条例》第二十六条",
                "石家庄市人社局行政处罚裁量基准第3档", "拖欠人数多、时间长，按第3档从重", fine, null, false, false,
                List.of(), false, null);
    }

    static CaseEvent.DecisionIssued issue() {
        return new CaseEvent.DecisionIssued("石人社监罚〔2026〕5号", null, LocalDate.of(2026, 9, 29));
    }

    /** A penalty case up to a drafted decision, investigated by HB-0001 and HB-0002. */
    static CaseState drafted(BigDecimal fine) {
        CaseState state = CaseDecider.fold(List.of(registered(CaseCategory.PENALTY),
                investigation("HB-0001", "HB-0002"), rightsNotified()));
        CaseEvent drafted = CaseDecider.decideStep(draft(fine), state, by("HB-0001"));
        return CaseDecider.evolve(state, drafted);
    }

    static CaseState then(CaseState state, CaseEvent... events) {
        for (CaseEvent event : events) {
            state = CaseDecider.evolve(state, event);
        }
        return state;
    }
}
