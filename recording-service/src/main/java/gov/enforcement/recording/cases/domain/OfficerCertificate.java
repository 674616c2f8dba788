package gov.enforcement.recording.cases.domain;

import java.time.LocalDate;
import java.util.Set;

/** An officer's enforcement certificate (执法证): who, which agency, which enforcement types, how long. */
public record OfficerCertificate(String number, String name, String agency, Set<CaseCategory> types,
                                 LocalDate validFrom, LocalDate validTo) {

    public boolean validFor(String caseAgency, CaseCategory category, LocalDate on) {
        return agency.equals(caseAgency) && types.contains(category)
                && !on.isBefore(validFrom) && !on.isAfter(validTo);
    }
}
