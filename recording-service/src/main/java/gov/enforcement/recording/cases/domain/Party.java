package gov.enforcement.recording.cases.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The party of a case (行政相对人), in the 双公示 party classes of DOMAIN.md §1: a natural person with a certificate, an
 * individual business (个体工商户) with its operator, or an organisation with its credit code (or, without one, another
 * registration number) and legal representative. Parties recorded before the classes name only {@code idNumber}
 * (a resident ID) or {@code creditCode}; a resident ID given as a certificate is also kept in {@code idNumber}, where
 * R-LINK and the other services look for it. Members a party does not have are left out of the event.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Party(Kind kind, String name, String idNumber, String creditCode, CertificateType certificateType,
                    String certificateNumber, RegistrationType registrationType, String registrationNumber,
                    Person operator, Person legalRepresentative) {

    /** A party as recorded before the party classes. */
    public Party(Kind kind, String name, String idNumber, String creditCode) {
        this(kind, name, idNumber, creditCode, null, null, null, null, null, null);
    }

    public enum Kind { PERSON, INDIVIDUAL_BUSINESS, ORGANISATION }

    /** A natural person's certificate (证件类型). */
    public enum CertificateType { RESIDENT_ID, PASSPORT, HK_MACAO_PERMIT, TAIWAN_PERMIT, FOREIGN_PERMANENT_RESIDENCE_ID }

    /** What identifies an organisation that has no unified social credit code. */
    public enum RegistrationType { REGISTRATION, ORGANISATION_CODE, TAX, INSTITUTION, SOCIAL_ORGANISATION }

    /** A natural person named in a party: an individual business's operator (经营者), an organisation's legal representative. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Person(String name, CertificateType certificateType, String certificateNumber) {
    }

    /** A person's certificate type: a resident ID where none is named (parties recorded before types were). */
    public CertificateType certificateTypeOrDefault() {
        return certificateType != null ? certificateType : CertificateType.RESIDENT_ID;
    }

    /** The person's certificate number, however it was given. */
    public String certificateNumberOrIdNumber() {
        return certificateNumber != null ? certificateNumber : idNumber;
    }

    /** This party as recorded: a person's resident ID given as a certificate is also its {@code idNumber}. */
    public Party recorded() {
        boolean residentId = kind == Kind.PERSON && certificateType == CertificateType.RESIDENT_ID && idNumber == null;
        return residentId ? new Party(kind, name, certificateNumber, creditCode, certificateType, certificateNumber,
                registrationType, registrationNumber, operator, legalRepresentative) : this;
    }
}
