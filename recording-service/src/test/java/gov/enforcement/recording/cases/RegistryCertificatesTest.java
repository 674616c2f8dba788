package gov.enforcement.recording.cases;

import gov.enforcement.events.Topics;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestDatabase;
import gov.enforcement.testing.TestEvents;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static gov.enforcement.recording.cases.CaseStepsResourceTest.INVESTIGATOR;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.append;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.newCase;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class RegistryCertificatesTest {

    static final String CERTIFICATE = "13010020260017";

    static Map<String, Object> investigationWith(String certificate) {
        return Map.of("kind", "INVESTIGATION", "startedAt", "2026-09-20T09:00:00+08:00", "endedAt", "2026-09-20T11:00:00+08:00",
                 "certificates", List.of("HB-0001", certificate), "summary", "询问当事人");
    }

    static void list(String agency, String certificate, String name) {
        String entryId = UUID.randomUUID().toString();
        TestEvents.send(Topics.REGISTRY_EVENTS, FactsConsumerTest.fact("registry", Topics.REGISTRY_EVENTS, "OfficerListed",
                entryId, FactsConsumerTest.data().put("entryId", entryId).put("agency", agency)
                        .put("name", name).put("position", "科员").put("enforcementType", "劳动保障监察")
                        .put("certificate", certificate).put("validFrom", "2024-01-01").put("validTo", "2029-12-31")));
        TestDatabase.awaitCount("select count(*) from officer_certificates where certificate = '" + certificate
                + "' and agency = '" + agency + "' and listed", 1, Duration.ofSeconds(30));
    }

    static String caseOfAgencyB(String officerB) {
        Map<String, Object> registration = new java.util.HashMap<>(CaseResourceTest.penaltyCase());
        registration.put("officers", List.of(Map.of("name", "周九", "certificate", "SJ-0009")));
        return CaseResourceTest.register(officerB, registration).then().statusCode(201).extract().path("caseId");
    }

    @Test
    @DisplayName("X-TWO: another agency listing the same certificate number does not take over this agency's officer")
    void certificatesAreKeyedByAgency() {
        String number = "CERT-" + UUID.randomUUID().toString().substring(0, 8);
        list(TestAgencies.AGENCY_A, number, "李明");
        append(INVESTIGATOR, newCase(), "InvestigationRecorded", investigationWith(number)).then().statusCode(201);

        list(TestAgencies.AGENCY_B, number, "陈刚");
        append(INVESTIGATOR, newCase(), "InvestigationRecorded", investigationWith(number)).then().statusCode(201);

        String officerB = TestTokens.officer(TestAgencies.AGENCY_B, "SJ-0009");
        String caseB = caseOfAgencyB(officerB);
        // HB-0002 is a certificate of agency A only: agency B's case cannot use it
        append(officerB, caseB, "InvestigationRecorded", Map.of("kind", "INVESTIGATION", "startedAt", "2026-09-20T09:00:00+08:00", "endedAt", "2026-09-20T11:00:00+08:00",
                
                "certificates", List.of("SJ-0009", "HB-0002"), "summary", "询问当事人")).then().statusCode(422)
                .body("rule", equalTo("X-TWO"));
        // B's own certificate of that number is B's officer, and counts for B
        append(officerB, caseB, "InvestigationRecorded", Map.of("kind", "INVESTIGATION", "startedAt", "2026-09-20T09:00:00+08:00", "endedAt", "2026-09-20T11:00:00+08:00",
                
                "certificates", List.of("SJ-0009", number), "summary", "询问当事人")).then().statusCode(201);
    }

    @Test
    @DisplayName("X-TWO: the registry's certificates of the case's agency count for an on-the-spot decision and a sealing"
            + " too; another agency's of the same number do not")
    void registryCountsForEveryTwoOfficerStep() {
        String number = "CERT-" + UUID.randomUUID().toString().substring(0, 8);
        String onlyAtB = "CERT-" + UUID.randomUUID().toString().substring(0, 8);
        list(TestAgencies.AGENCY_A, number, "李明");
        list(TestAgencies.AGENCY_B, onlyAtB, "陈刚");

        String onTheSpot = ProcedureStepsResourceTest.register("PENALTY", "SIMPLIFIED_PENALTY", ProcedureStepsResourceTest.person());
        append(INVESTIGATOR, onTheSpot, "OnTheSpotDecisionMade", onTheSpotBy(onlyAtB)).then().statusCode(422)
                .body("rule", equalTo("X-TWO"));
        append(INVESTIGATOR, onTheSpot, "OnTheSpotDecisionMade", onTheSpotBy(number)).then().statusCode(201);

        String coercion = ProcedureStepsResourceTest.register("COERCION", "COERCIVE_MEASURE", ProcedureStepsResourceTest.organisation());
        append(INVESTIGATOR, coercion, "InvestigationRecorded", investigationWith(number)).then().statusCode(201);
        append(INVESTIGATOR, coercion, "PropertySealed", sealingBy(onlyAtB)).then().statusCode(422).body("rule", equalTo("X-TWO"));
        append(INVESTIGATOR, coercion, "PropertySealed", sealingBy(number)).then().statusCode(201);
    }

    static Map<String, Object> onTheSpotBy(String certificate) {
        return Map.of("documentNumber", "石市监当罚〔2026〕" + UUID.randomUUID().toString().substring(0, 4) + "号",
                "penalties", List.of("WARNING"), "facts", "占道经营", "legalBasis", "《城市市容和环境卫生管理条例》第三十六条",
                "certificates", List.of("HB-0001", certificate), "place", "中山东路", "decidedAt", ProcedureStepsResourceTest.AT);
    }

    static Map<String, Object> sealingBy(String certificate) {
        return Map.of("measure", "SEIZURE", "items", List.of("过期食品 120 箱"), "certificates", List.of("HB-0001", certificate),
                "from", "2026-09-21", "until", "2026-10-20", "approval", ProcedureStepsResourceTest.HEAD);
    }

    @Test
    @DisplayName("X-TWO: a certificate the officer registry lists counts; once delisted it no longer does")
    void registryFeedsTheCertificateCheck() {
        String entryId = UUID.randomUUID().toString();
        append(INVESTIGATOR, newCase(), "InvestigationRecorded", investigationWith(CERTIFICATE)).then().statusCode(422)
                .body("rule", equalTo("X-TWO"));

        TestEvents.send(Topics.REGISTRY_EVENTS, FactsConsumerTest.fact("registry", Topics.REGISTRY_EVENTS, "OfficerListed",
                entryId, FactsConsumerTest.data().put("entryId", entryId).put("agency", TestAgencies.AGENCY_A)
                        .put("name", "李明").put("position", "科员").put("enforcementType", "劳动保障监察")
                        .put("certificate", CERTIFICATE).put("validFrom", "2024-01-01").put("validTo", "2029-12-31")));
        TestDatabase.awaitCount("select count(*) from officer_certificates where certificate = '" + CERTIFICATE
                + "' and listed", 1, Duration.ofSeconds(30));
        append(INVESTIGATOR, newCase(), "InvestigationRecorded", investigationWith(CERTIFICATE)).then().statusCode(201);

        TestEvents.send(Topics.REGISTRY_EVENTS, FactsConsumerTest.fact("registry", Topics.REGISTRY_EVENTS, "OfficerDelisted",
                entryId, FactsConsumerTest.data().put("entryId", entryId).put("agency", TestAgencies.AGENCY_A)
                        .put("certificate", CERTIFICATE).put("reason", "EXPIRED")));
        TestDatabase.awaitCount("select count(*) from officer_certificates where certificate = '" + CERTIFICATE
                + "' and not listed", 1, Duration.ofSeconds(30));
        append(INVESTIGATOR, newCase(), "InvestigationRecorded", investigationWith(CERTIFICATE)).then().statusCode(422)
                .body("rule", equalTo("X-TWO"));
    }
}
