package gov.enforcement.recording.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A case as its events have made it; {@code version} is the number of events in its stream. */
public record CaseState(UUID caseId, String caseNumber, String agency, String unit, CaseCategory category,
                        String matter, CaseStatus status, List<Party> parties, List<Officer> officers,
                        OffsetDateTime registeredAt, long version) {

    public static final CaseState NONE = new CaseState(null, null, null, null, null, null, null, List.of(), List.of(),
            null, 0);

    public boolean exists() {
        return version > 0;
    }
}
