package gov.enforcement.disclosure.records;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a disclosure is built from: the case as registered, its issued draft and the issuing event. */
public record CaseFacts(UUID caseId, String agency, String caseNumber, String category, String matter, String unit,
                        List<Party> parties, Draft draft, String documentNumber, LocalDate decidedOn,
                        UUID issuedEventId) {

    public List<String> personNames() {
        return parties.stream().filter(Party::isPerson).map(Party::name).toList();
    }
}
