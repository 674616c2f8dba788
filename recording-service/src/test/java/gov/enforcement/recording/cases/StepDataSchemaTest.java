package gov.enforcement.recording.cases;

import gov.enforcement.testing.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static gov.enforcement.recording.cases.CaseStepsResourceTest.INVESTIGATOR;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.append;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.eventsOf;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.investigation;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.newCase;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every step's data is checked against its published JSON Schema before anything is decided or appended. */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class StepDataSchemaTest {

    @Test
    @DisplayName("R-TEXT: InvestigationRecorded with no data answers 422 naming every required field, never 500; nothing appended")
    void emptyInvestigationIsRefused() {
        String caseId = newCase();
        append(INVESTIGATOR, caseId, "InvestigationRecorded", Map.of()).then().statusCode(422)
                .contentType(startsWith("application/problem+json")).body("rule", equalTo("R-TEXT"))
                .body("errors.field", containsInAnyOrder("kind", "certificates", "startedAt", "endedAt", "summary"));
        assertEquals(1, eventsOf(caseId));
    }

    @Test
    @DisplayName("R-TEXT: an investigation without its times, as the old walk-through sent it, is refused naming startedAt and endedAt")
    void investigationNeedsItsTimes() {
        String caseId = newCase();
        append(INVESTIGATOR, caseId, "InvestigationRecorded", Map.of("kind", "INVESTIGATION",
                "certificates", List.of("HB-0001", "HB-0002"), "summary", "调取工资发放记录")).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("startedAt", "endedAt"));
        assertEquals(1, eventsOf(caseId));
    }

    @Test
    @DisplayName("D-MID-RIGHTS: RightsNotified with no data, or without notifiedAt, is refused naming each missing field")
    void rightsNotifiedNeedsEveryField() {
        String caseId = newCase();
        append(INVESTIGATOR, caseId, "InvestigationRecorded", investigation()).then().statusCode(201);
        append(INVESTIGATOR, caseId, "RightsNotified", Map.of()).then().statusCode(422)
                .body("rule", equalTo("D-MID-RIGHTS"))
                .body("errors.field", containsInAnyOrder("reason", "legalBasis", "rights", "method", "notifiedAt"));
        append(INVESTIGATOR, caseId, "RightsNotified", Map.of("reason", "拟作出行政处罚",
                "legalBasis", "《劳动保障监察条例》第二十六条", "rights", List.of("STATEMENT", "DEFENCE", "HEARING"),
                "method", "WRITTEN")).then().statusCode(422).body("rule", equalTo("D-MID-RIGHTS"))
                .body("errors.field", containsInAnyOrder("notifiedAt"));
        append(INVESTIGATOR, caseId, "RightsNotified", Map.of("reason", "拟作出行政处罚",
                "legalBasis", "《劳动保障监察条例》第二十六条", "rights", List.of("SILENCE"), "method", "WRITTEN",
                "notifiedAt", "yesterday")).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("rights[0]", "notifiedAt"));
        assertEquals(2, eventsOf(caseId));
    }

    @Test
    @DisplayName("R-ARCHIVE: CaseArchived with an unknown retention class and a negative period is refused naming both")
    void archiveNeedsARetentionClassAndPeriod() {
        String caseId = newCase();
        append(INVESTIGATOR, caseId, "CaseArchived", Map.of("retentionClass", "FOREVER-ISH", "retentionYears", -3))
                .then().statusCode(422).body("rule", equalTo("R-ARCHIVE"))
                .body("errors.field", containsInAnyOrder("retentionClass", "retentionYears"));
        append(INVESTIGATOR, caseId, "CaseArchived", Map.of()).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("retentionClass", "retentionYears"));
        assertEquals(1, eventsOf(caseId));
    }

    @Test
    @DisplayName("X-INTERFERE: a member the schema does not name is refused by name; a complete record is appended")
    void unknownMembersAreNamed() {
        String caseId = newCase();
        append(INVESTIGATOR, caseId, "InterferenceRecorded", Map.of("person", "某人", "position", "副区长",
                "description", "打听案情", "occurredAt", "2026-09-21T15:00:00+08:00", "extra", 1)).then().statusCode(422)
                .body("rule", equalTo("X-INTERFERE")).body("errors.field", containsInAnyOrder("extra"));
        assertEquals(1, eventsOf(caseId));
    }
}
