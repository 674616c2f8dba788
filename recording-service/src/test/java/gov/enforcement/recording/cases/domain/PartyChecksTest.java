package gov.enforcement.recording.cases.domain;

import gov.enforcement.platform.problem.Problem.FieldError;
import gov.enforcement.recording.cases.domain.Party.CertificateType;
import gov.enforcement.recording.cases.domain.Party.Kind;
import gov.enforcement.recording.cases.domain.Party.Person;
import gov.enforcement.recording.cases.domain.Party.RegistrationType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PartyChecksTest {

    static final String RESIDENT_ID = "130102198001010010";
    static final Person OPERATOR = new Person("陈建国", CertificateType.RESIDENT_ID, "130102197505050011");

    static List<String> problems(Party party) {
        List<FieldError> errors = new ArrayList<>();
        PartyChecks.check(errors, "parties[0]", party);
        return errors.stream().map(FieldError::field).toList();
    }

    static Party person(CertificateType type, String number) {
        return new Party(Kind.PERSON, "John Smith", null, null, type, number, null, null, null, null);
    }

    @Test
    @DisplayName("Party classes (DOMAIN.md §1): a natural person's certificate is checked by its type")
    void certificatesOfNaturalPersons() {
        assertEquals(List.of(), problems(person(CertificateType.RESIDENT_ID, RESIDENT_ID)));
        assertEquals(List.of("parties[0].certificateNumber"), problems(person(CertificateType.RESIDENT_ID, "130102198001010011")),
                "GB 11643 check digit");
        assertEquals(List.of(), problems(person(CertificateType.PASSPORT, "E12345678")));
        assertEquals(List.of("parties[0].certificateNumber"), problems(person(CertificateType.PASSPORT, "e-123")));
        assertEquals(List.of(), problems(person(CertificateType.HK_MACAO_PERMIT, "M12345678")));
        assertEquals(List.of("parties[0].certificateNumber"), problems(person(CertificateType.HK_MACAO_PERMIT, "12345678")));
        assertEquals(List.of(), problems(person(CertificateType.TAIWAN_PERMIT, "12345678")));
        assertEquals(List.of("parties[0].certificateNumber"), problems(person(CertificateType.TAIWAN_PERMIT, "T1234567")));
        assertEquals(List.of(), problems(person(CertificateType.FOREIGN_PERMANENT_RESIDENCE_ID, "USA110079120101")));
        assertEquals(List.of(), problems(person(CertificateType.FOREIGN_PERMANENT_RESIDENCE_ID, "911156198001010016")),
                "the 2023 card: 9, province, nationality, birth date, sequence and a GB 11643 check digit");
        assertEquals(List.of("parties[0].certificateNumber"),
                problems(person(CertificateType.FOREIGN_PERMANENT_RESIDENCE_ID, RESIDENT_ID)), "a resident ID is not one");
        assertEquals(List.of("parties[0].certificateType"), problems(person(null, "E12345678")));
    }

    @Test
    @DisplayName("Party classes: parties recorded before the classes (PERSON with idNumber, ORGANISATION with creditCode) still pass")
    void partiesOfBefore() {
        assertEquals(List.of(), problems(new Party(Kind.PERSON, "张三", RESIDENT_ID, null)));
        assertEquals(List.of("parties[0].idNumber"), problems(new Party(Kind.PERSON, "张三", "123", null)));
        assertEquals(List.of(), problems(new Party(Kind.ORGANISATION, "某公司", null, "91130102MA0DQ7XK5H")));
        Party recorded = person(CertificateType.RESIDENT_ID, RESIDENT_ID).recorded();
        assertEquals(RESIDENT_ID, recorded.idNumber(), "a resident ID stays where R-LINK and the other services look");
        assertNull(person(CertificateType.PASSPORT, "E12345678").recorded().idNumber());
    }

    @Test
    @DisplayName("Party classes: an individual business names its operator; its credit code, where given, is checked")
    void individualBusinesses() {
        assertEquals(List.of(), problems(new Party(Kind.INDIVIDUAL_BUSINESS, "建国劳务服务部", null, null, null, null, null,
                null, OPERATOR, null)), "not every 个体工商户 has a credit code");
        assertEquals(List.of("parties[0].operator"), problems(new Party(Kind.INDIVIDUAL_BUSINESS, "建国劳务服务部", null,
                "92130102MA0DQ7XK5E", null, null, null, null, null, null)));
        assertEquals(List.of("parties[0].creditCode", "parties[0].operator.certificateNumber"),
                problems(new Party(Kind.INDIVIDUAL_BUSINESS, "建国劳务服务部", null, "92130102MA0DQ7XK5X", null, null, null,
                        null, new Person("陈建国", CertificateType.PASSPORT, "?"), null)));
    }

    @Test
    @DisplayName("Party classes: an organisation without a credit code gives its registration number and type; its legal representative is checked")
    void organisationsWithoutCreditCode() {
        assertEquals(List.of(), organisation(RegistrationType.ORGANISATION_CODE, "MA0DQ7XK-3"));
        assertEquals(List.of(), organisation(RegistrationType.ORGANISATION_CODE, "123456788"));
        assertEquals(List.of("parties[0].registrationNumber"), organisation(RegistrationType.ORGANISATION_CODE, "123456789"));
        assertEquals(List.of(), organisation(RegistrationType.REGISTRATION, "130102000012345"));
        assertEquals(List.of("parties[0].registrationNumber"), organisation(RegistrationType.REGISTRATION, "1301020000123"));
        assertEquals(List.of(), organisation(RegistrationType.TAX, "130102MA0DQ7XK5"));
        assertEquals(List.of(), organisation(RegistrationType.INSTITUTION, "113010000123"));
        assertEquals(List.of(), organisation(RegistrationType.SOCIAL_ORGANISATION, "冀民证字第010203号"));
        assertEquals(List.of("parties[0].registrationType"), organisation(null, "130102000012345"));
        assertEquals(List.of("parties[0].creditCode"), problems(new Party(Kind.ORGANISATION, "某公司", null, null)));
        assertEquals(List.of("parties[0].legalRepresentative.certificateNumber"), problems(new Party(Kind.ORGANISATION,
                "某公司", null, "91130102MA0DQ7XK5H", null, null, null, null, null,
                new Person("刘志强", CertificateType.RESIDENT_ID, "130102197505050019"))));
    }

    static List<String> organisation(RegistrationType type, String number) {
        return problems(new Party(Kind.ORGANISATION, "某某协会", null, null, null, null, type, number, null,
                new Person("刘志强", CertificateType.PASSPORT, "E12345678")));
    }
}
