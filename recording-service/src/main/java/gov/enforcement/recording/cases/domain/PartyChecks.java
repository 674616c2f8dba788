package gov.enforcement.recording.cases.domain;

import gov.enforcement.platform.identity.CreditCode;
import gov.enforcement.platform.identity.ResidentIdNumber;
import gov.enforcement.platform.problem.Problem.FieldError;
import gov.enforcement.recording.cases.domain.Party.CertificateType;
import gov.enforcement.recording.cases.domain.Party.RegistrationType;

import java.util.List;
import java.util.regex.Pattern;

/** The form of a party of each class (DOMAIN.md §1): every problem named by its field, e.g. {@code parties[0].certificateNumber}. */
public final class PartyChecks {

    private static final int MAX_TEXT = 500;
    // passports of any country: ICAO 9303 document numbers are up to 9 characters, some countries use more
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,17}");
    // 港澳居民来往内地通行证: H (Hong Kong) or M (Macao) and 8 digits (10 on the older booklets)
    private static final Pattern HK_MACAO = Pattern.compile("[HM]\\d{8}(\\d{2})?");
    // 台湾居民来往大陆通行证: 8 digits (10 on the older booklets)
    private static final Pattern TAIWAN = Pattern.compile("\\d{8}(\\d{2})?");
    // 外国人永久居留身份证: three letters of the nationality and 12 digits (2004 and 2017 cards); 2023 cards are 18
    // characters starting with 9, with a GB 11643 check digit
    private static final Pattern FOREIGN_PR_OLD = Pattern.compile("[A-Z]{3}\\d{12}");
    private static final Pattern REGISTRATION = Pattern.compile("\\d{15}"); // 工商注册号
    private static final Pattern TAX = Pattern.compile("[0-9A-Z]{15}|[0-9A-Z]{18}|[0-9A-Z]{20}"); // 纳税人识别号
    private static final Pattern INSTITUTION = Pattern.compile("\\d{12}"); // 事业单位法人证书号
    private static final int[] ORGANISATION_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private PartyChecks() {
    }

    public static void check(List<FieldError> errors, String at, Party party) {
        if (party == null || party.kind() == null) {
            errors.add(new FieldError(at + ".kind", "is required (PERSON, INDIVIDUAL_BUSINESS or ORGANISATION)"));
            return;
        }
        requireText(errors, at + ".name", party.name());
        switch (party.kind()) {
            case PERSON -> checkPerson(errors, at, party);
            case INDIVIDUAL_BUSINESS -> {
                if (party.creditCode() != null && !CreditCode.isValid(party.creditCode())) {
                    errors.add(new FieldError(at + ".creditCode", "is not a valid unified social credit code"));
                }
                if (party.operator() == null) {
                    errors.add(new FieldError(at + ".operator", "is required: the individual business's operator (经营者)"));
                } else {
                    checkNamedPerson(errors, at + ".operator", party.operator());
                }
            }
            case ORGANISATION -> checkOrganisation(errors, at, party);
        }
    }

    private static void checkPerson(List<FieldError> errors, String at, Party party) {
        if (party.certificateNumber() == null && party.certificateType() == null) { // as before the classes
            if (!ResidentIdNumber.isValid(party.idNumber())) {
                errors.add(new FieldError(at + ".idNumber", "is not a valid resident ID number"));
            }
            return;
        }
        if (party.certificateType() == null) {
            errors.add(new FieldError(at + ".certificateType", "is required with a certificateNumber"));
            return;
        }
        if (party.idNumber() != null && !party.idNumber().equals(party.certificateNumber())) {
            errors.add(new FieldError(at + ".idNumber", "is the resident ID of persons recorded before certificate"
                    + " types; give the number once, as certificateNumber"));
        }
        checkCertificate(errors, at, party.certificateType(), party.certificateNumber());
    }

    private static void checkNamedPerson(List<FieldError> errors, String at, Party.Person person) {
        requireText(errors, at + ".name", person.name());
        if (person.certificateType() == null) {
            errors.add(new FieldError(at + ".certificateType", "is required"));
        } else {
            checkCertificate(errors, at, person.certificateType(), person.certificateNumber());
        }
    }

    private static void checkOrganisation(List<FieldError> errors, String at, Party party) {
        if (party.creditCode() != null || party.registrationNumber() == null && party.registrationType() == null) {
            if (!CreditCode.isValid(party.creditCode())) {
                errors.add(new FieldError(at + ".creditCode", "is not a valid unified social credit code (an organisation"
                        + " without one gives registrationType and registrationNumber)"));
            }
        } else if (party.registrationType() == null) {
            errors.add(new FieldError(at + ".registrationType", "is required with a registrationNumber"));
        } else {
            String problem = registrationProblem(party.registrationType(), party.registrationNumber());
            if (problem != null) {
                errors.add(new FieldError(at + ".registrationNumber", problem));
            }
        }
        if (party.legalRepresentative() != null) {
            checkNamedPerson(errors, at + ".legalRepresentative", party.legalRepresentative());
        }
    }

    private static void checkCertificate(List<FieldError> errors, String at, CertificateType type, String number) {
        String problem = certificateProblem(type, number);
        if (problem != null) {
            errors.add(new FieldError(at + ".certificateNumber", problem));
        }
    }

    /** Null when {@code number} has the form of a certificate of {@code type}, else what is wrong with it. */
    static String certificateProblem(CertificateType type, String number) {
        if (number == null || number.isBlank()) {
            return "is required";
        }
        boolean valid = switch (type) {
            case RESIDENT_ID -> ResidentIdNumber.isValid(number);
            case PASSPORT -> PASSPORT.matcher(number).matches();
            case HK_MACAO_PERMIT -> HK_MACAO.matcher(number).matches();
            case TAIWAN_PERMIT -> TAIWAN.matcher(number).matches();
            case FOREIGN_PERMANENT_RESIDENCE_ID -> FOREIGN_PR_OLD.matcher(number).matches()
                    || number.startsWith("9") && ResidentIdNumber.isValid(number);
        };
        return valid ? null : "is not a valid " + type + " number" + switch (type) {
            case RESIDENT_ID -> " (GB 11643: 18 characters with a check digit)";
            case PASSPORT -> " (5 to 17 capital letters and digits)";
            case HK_MACAO_PERMIT -> " (H or M and 8 or 10 digits)";
            case TAIWAN_PERMIT -> " (8 or 10 digits)";
            case FOREIGN_PERMANENT_RESIDENCE_ID -> " (3 letters and 12 digits, or 18 characters from 9 with a GB 11643 check digit)";
        };
    }

    /** Null when {@code number} has the form of an organisation's number of {@code type}, else what is wrong with it. */
    static String registrationProblem(RegistrationType type, String number) {
        if (number == null || number.isBlank()) {
            return "is required";
        }
        return switch (type) {
            case REGISTRATION -> REGISTRATION.matcher(number).matches() ? null : "is not a registration number (15 digits)";
            case ORGANISATION_CODE -> isOrganisationCode(number) ? null
                    : "is not an organisation code (GB 11714: 8 digits or capitals, optionally '-', and a check character)";
            case TAX -> TAX.matcher(number).matches() ? null : "is not a taxpayer number (15, 18 or 20 digits or capitals)";
            case INSTITUTION -> INSTITUTION.matcher(number).matches() ? null
                    : "is not an institution's legal-person certificate number (12 digits)";
            case SOCIAL_ORGANISATION -> number.length() <= 50 ? null : "is longer than 50";
        };
    }

    /** GB 11714: eight body characters, then a check character over them (weights 3,7,9,10,5,8,4,2; 10 is X). */
    static boolean isOrganisationCode(String code) {
        String body = code.replace("-", "");
        if (body.length() != 9 || code.length() - body.length() > 1) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int value = Character.digit(body.charAt(i), 36);
            if (value < 0 || Character.isLowerCase(body.charAt(i))) {
                return false;
            }
            sum += value * ORGANISATION_CODE_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        char expected = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
        return body.charAt(8) == expected;
    }

    private static void requireText(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else if (value.length() > MAX_TEXT) {
            errors.add(new FieldError(field, "is longer than " + MAX_TEXT));
        }
    }
}
