package gov.enforcement.recording.cases.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static gov.enforcement.recording.cases.domain.CaseFixtures.AGENCY;
import static gov.enforcement.recording.cases.domain.CaseFixtures.CASE_ID;
import static gov.enforcement.recording.cases.domain.CaseFixtures.NOW;
import static gov.enforcement.recording.cases.domain.CaseFixtures.investigation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** P-MASTER: a matter's profile decides its procedures, its decision limit and its audio-visual steps. */
class MatterProfileTest {

    private static final String CODE = "130100-SJ-CF-0001";

    private static RegisterCase registration(Procedure procedure) {
        return new RegisterCase(CASE_ID, "测〔2026〕1号", AGENCY, null, CaseCategory.PENALTY, null,
                List.of(new Party(Party.Kind.PERSON, "张三", "130102198001010010", null)),
                List.of(new Officer("李四", "HB-0001"), new Officer("王五", "HB-0002")), NOW, "officer-HB-0001",
                procedure, CODE);
    }

    private static MasterData publishing(MatterProfile profile) {
        return MasterData.ofMatters(List.of(new MasterData.Matter(AGENCY, CODE, "销售不合格产品", "《产品质量法》第四十九条",
                profile)));
    }

    @Test
    @DisplayName("P-MASTER: a matter whose profile rules out on-the-spot decisions cannot be registered under them")
    void procedureOutsideProfileRefused() {
        MasterData master = publishing(new MatterProfile(Set.of(Procedure.GENERAL_PENALTY), null, Set.of()));
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> CaseDecider.register(registration(Procedure.SIMPLIFIED_PENALTY), CaseState.NONE, master));
        assertEquals("P-MASTER", refused.rule());
        assertEquals("procedure", refused.field());
        CaseEvent.CaseRegistered general = CaseDecider.register(registration(Procedure.GENERAL_PENALTY), CaseState.NONE, master);
        assertEquals(Procedure.GENERAL_PENALTY, general.procedureOrDefault());
    }

    @Test
    @DisplayName("P-TIME: the matter's decision days set the limit, recorded with the case so a later change rewrites nothing")
    void decisionDaysFromProfile() {
        MatterProfile thirty = new MatterProfile(Set.of(), 30, Set.of());
        CaseEvent.CaseRegistered registered = CaseDecider.register(registration(null), CaseState.NONE, publishing(thirty));
        assertEquals(thirty, registered.profile());
        CaseState state = CaseDecider.fold(List.of(registered));
        assertEquals(LocalDate.of(2026, 10, 29), state.progress().decisionDue());

        CaseEvent.CaseRegistered byLaw = CaseDecider.register(registration(null), CaseState.NONE, publishing(null));
        assertNull(byLaw.profile());
        assertEquals(LocalDate.of(2026, 12, 28), CaseDecider.fold(List.of(byLaw)).progress().decisionDue());
    }

    @Test
    @DisplayName("R-AV-REQUIRED: the matter's audio-visual steps add to the agency's catalogue for its cases only")
    void audioVisualFromProfile() {
        MatterProfile onSite = new MatterProfile(Set.of(), null, Set.of("InvestigationRecorded:INVESTIGATION"));
        CaseEvent.CaseRegistered registered = CaseDecider.register(registration(null), CaseState.NONE, publishing(onSite));
        CaseState state = CaseScenario.given(registered).andRecorded(investigation("HB-0001", "HB-0002")).state();
        AudioVisualCatalogue agency = new AudioVisualCatalogue(Set.of());
        assertEquals(List.of("InvestigationRecorded"), agency.missing(state));

        CaseEvent.CaseRegistered plain = CaseDecider.register(registration(null), CaseState.NONE, publishing(null));
        CaseState plainState = CaseScenario.given(plain).andRecorded(investigation("HB-0001", "HB-0002")).state();
        assertTrue(agency.missing(plainState).isEmpty());
    }

    @Test
    @DisplayName("P-TIME: a profile's decision days are bounded")
    void decisionDaysBounded() {
        assertThrows(IllegalArgumentException.class, () -> new MatterProfile(Set.of(), 0, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new MatterProfile(Set.of(), 366, Set.of()));
    }
}
