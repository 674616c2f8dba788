package gov.enforcement.recording.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The steps of a case's stream, as facts in the past tense. */
public sealed interface CaseEvent {

    /** 立案: the case exists, with its number, from this moment on. */
    record CaseRegistered(UUID caseId, String caseNumber, String agency, String unit, CaseCategory category,
                          String matter, List<Party> parties, List<Officer> officers,
                          OffsetDateTime registeredAt, String registeredBy) implements CaseEvent {
    }
}
