package gov.enforcement.recording.cases.web;

import gov.enforcement.recording.cases.domain.CaseCategory;
import gov.enforcement.recording.cases.domain.Officer;
import gov.enforcement.recording.cases.domain.Party;
import gov.enforcement.recording.cases.domain.PartyChecks;
import gov.enforcement.recording.cases.domain.Procedure;
import gov.enforcement.recording.cases.domain.RegisterCase;

import gov.enforcement.platform.identity.CreditCode;
import gov.enforcement.platform.problem.Problem.FieldError;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The body of {@code POST /cases}: checked for form here, for rules by the decider. */
@Schema(requiredProperties = {"category", "parties"})
public record RegisterCaseRequest(String agency, String unit, CaseCategory category,
                                  @Schema(description = "The matter by name; required unless matterCode is given, whose"
                                          + " name in the powers list is then recorded") String matter,
                                  List<Party> parties, List<Officer> officers, Procedure procedure,
                                  @Schema(description = "P-MASTER: the matter's code in the agency's published powers"
                                          + " list (D-PRE-POWERS); 422 when the agency has published no such code")
                                  String matterCode) {

    private static final int MAX_TEXT = 500;
    private static final java.util.regex.Pattern MATTER_CODE = java.util.regex.Pattern.compile("[0-9A-Za-z._-]{1,64}");

    /** A registration as sent before matters were coded. */
    public RegisterCaseRequest(String agency, String unit, CaseCategory category, String matter, List<Party> parties,
                               List<Officer> officers, Procedure procedure) {
        this(agency, unit, category, matter, parties, officers, procedure, null);
    }

    /** The registration command for a case numbered {@code caseNumber} in {@code agency}, by {@code actor}. */
    public RegisterCase toCommand(UUID caseId, String caseNumber, String agency, OffsetDateTime now, String actor) {
        List<Party> recorded = parties.stream().map(Party::recorded).toList();
        return new RegisterCase(caseId, caseNumber, agency, unit, category, matter, recorded,
                officers == null ? List.of() : officers, now, actor, procedure, matterCode);
    }

    /** Every problem of form at once, so the client can fix them in one go. */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (agency != null && !CreditCode.isValid(agency)) {
            errors.add(new FieldError("agency", "is not a valid unified social credit code"));
        }
        if (category == null) {
            errors.add(new FieldError("category", "is required"));
        }
        if (matterCode != null && !MATTER_CODE.matcher(matterCode).matches()) {
            errors.add(new FieldError("matterCode", "is 1 to 64 letters, digits, '.', '_' or '-'"));
        }
        if (matterCode == null || matter != null) {
            requireText(errors, "matter", matter);
        }
        if (unit != null && unit.length() > MAX_TEXT) {
            errors.add(new FieldError("unit", "is longer than " + MAX_TEXT));
        }
        if (parties == null || parties.isEmpty()) {
            errors.add(new FieldError("parties", "needs at least one party"));
        } else {
            for (int i = 0; i < parties.size(); i++) {
                PartyChecks.check(errors, "parties[" + i + "]", parties.get(i));
            }
        }
        if (officers != null) {
            for (int i = 0; i < officers.size(); i++) {
                Officer officer = officers.get(i);
                String at = "officers[" + i + "]";
                if (officer == null) {
                    errors.add(new FieldError(at, "is empty"));
                    continue;
                }
                requireText(errors, at + ".name", officer.name());
                requireText(errors, at + ".certificate", officer.certificate());
            }
        }
        return errors;
    }

    private static void requireText(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else if (value.length() > MAX_TEXT) {
            errors.add(new FieldError(field, "is longer than " + MAX_TEXT));
        }
    }
}
