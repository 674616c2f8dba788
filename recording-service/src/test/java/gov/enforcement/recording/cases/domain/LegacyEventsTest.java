package gov.enforcement.recording.cases.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Cases recorded before procedures were named still fold: their events, exactly as stored then (without
 * procedure, outcome, recipient or host certificate), read and fold to what they meant, and a draft's hash — which
 * legal review approved — is the hash it had.
 */
class LegacyEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    /** A general-procedure case to its archive, as recording stored it before this change. */
    private static final List<String[]> STORED = List.of(
            new String[]{"CaseRegistered", """
                    {"caseId":"5b0c1f3e-2a64-4b43-9a1d-6a1f0d7c9e21","caseNumber":"测〔2026〕1号","agency":"11130100MB12345671",
                     "unit":null,"category":"PENALTY","matter":"未依法支付劳动报酬",
                     "parties":[{"kind":"PERSON","name":"张三","idNumber":"130102198001010010"}],
                     "officers":[{"name":"李四","certificate":"HB-0001"}],"registeredAt":"2026-09-29T10:00:00+08:00",
                     "registeredBy":"officer-HB-0001"}"""},
            new String[]{"InvestigationRecorded", """
                    {"kind":"INVESTIGATION","certificates":["HB-0001","HB-0002"],"place":"长安区",
                     "startedAt":"2026-09-29T08:00:00+08:00","endedAt":"2026-09-29T09:00:00+08:00","summary":"调取记录"}"""},
            new String[]{"RightsNotified", """
                    {"reason":"拟处罚","legalBasis":"条例","rights":["STATEMENT"],"method":"WRITTEN","notifiedAt":"2026-09-29T10:00:00+08:00"}"""},
            new String[]{"HearingRequested", """
                    {"requestedBy":"张三","requestedAt":"2026-09-30T10:00:00+08:00"}"""},
            new String[]{"HearingHeld", """
                    {"heldAt":"2026-10-10T10:00:00+08:00","host":"王主任","participants":["张三"],"summary":"陈述"}"""},
            new String[]{"DecisionDrafted", """
                    {"revision":1,"decisionType":"FINE","facts":"拖欠工资","legalBasis":"条例","discretionBenchmark":"第3档",
                     "discretionReasons":"时间长","fineAmount":1000,"confiscationAmount":null,"licenceRevoked":false,
                     "businessClosed":false,"declaredFlags":[],"afterHearing":true,"draftHash":"%s","draftedBy":"officer-HB-0001"}"""},
            new String[]{"DecisionClassified", """
                    {"draftHash":"%s","major":false,"catalogueVersion":"1","criteria":[]}"""},
            new String[]{"DecisionIssued", """
                    {"documentNumber":"罚〔2026〕1号","draftHash":"%s","decidedOn":"2026-10-12"}"""},
            new String[]{"DocumentServed", """
                    {"document":"决定书","method":"DIRECT","servedTo":"张三","servedAt":"2026-10-13T10:00:00+08:00"}"""},
            new String[]{"DecisionExecuted", """
                    {"how":"缴纳","amountPaid":1000,"executedAt":"2026-10-20T10:00:00+08:00"}"""},
            new String[]{"CaseClosed", """
                    {"summary":"结案","closedAt":"2026-10-21T10:00:00+08:00"}"""},
            new String[]{"CaseArchived", """
                    {"retentionClass":"LONG","retentionYears":30}"""});

    /** The draft hash as it was computed before outcomes existed: the fields in their fixed order, nothing more. */
    private static String hashBeforeOutcomes(CaseEvent.DecisionDrafted d) throws Exception {
        String canonical = String.join("\u001f", CaseFixtures.CASE_ID.toString(), Integer.toString(d.revision()),
                d.decisionType(), d.facts(), d.legalBasis(), d.discretionBenchmark(), d.discretionReasons(),
                d.fineAmount().stripTrailingZeros().toPlainString(), "", Boolean.toString(d.licenceRevoked()),
                Boolean.toString(d.businessClosed()), String.join(",", d.declaredFlags()), Boolean.toString(d.afterHearing()));
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @DisplayName("X-SEQ: a case stored before procedures were named folds under its category's default, to its archive")
    void legacyCaseFolds() throws Exception {
        String hash = "a".repeat(64);
        List<CaseEvent> events = new java.util.ArrayList<>();
        for (String[] stored : STORED) {
            events.add(JSON.readValue(stored[1].formatted(hash, hash), CaseEventTypes.classOf(stored[0])));
        }
        CaseState state = CaseDecider.fold(events);
        assertEquals(CaseStatus.ARCHIVED, state.status());
        assertEquals(Procedure.GENERAL_PENALTY, state.procedure());
        assertEquals(Progress.Decided.Kind.PENALTY, state.progress().decided().kind());
        assertEquals(0, new BigDecimal("1000").compareTo(state.progress().decided().fine()));
        assertNull(((CaseEvent.HearingHeld) events.get(4)).hostCertificate());
        assertEquals(CaseEvent.DecisionOutcome.PENALTY, ((CaseEvent.DecisionDrafted) events.get(5)).outcomeOrDefault());
    }

    @Test
    @DisplayName("L-GATE: a penalty draft hashes as it did before outcomes were named, so approvals of older drafts still hold")
    void draftHashUnchanged() throws Exception {
        CaseState notified = CaseDecider.fold(List.of(CaseFixtures.registered(CaseCategory.PENALTY),
                CaseFixtures.investigation("HB-0001", "HB-0002"), CaseFixtures.rightsNotified()));
        CaseEvent.DecisionDrafted drafted = (CaseEvent.DecisionDrafted) CaseDecider.decideStep(
                CaseFixtures.draft(new BigDecimal("1000")), notified, CaseFixtures.by("HB-0001"));
        assertEquals(hashBeforeOutcomes(drafted), drafted.draftHash());
    }
}
