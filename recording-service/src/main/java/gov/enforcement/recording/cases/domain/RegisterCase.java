package gov.enforcement.recording.cases.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The command to register a case, already checked for form and given its number. */
public record RegisterCase(UUID caseId, String caseNumber, String agency, String unit, CaseCategory category,
                           String matter, List<Party> parties, List<Officer> officers,
                           OffsetDateTime now, String officer, Procedure procedure, String matterCode)
        implements CaseCommand {
}
