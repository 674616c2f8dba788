package gov.enforcement.recording.cases.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** P-INSPECT: what an inspection found. */
public sealed interface InspectionEvent extends CaseEvent {

    enum InspectionResult { COMPLIANT, NON_COMPLIANT, RECTIFICATION_ORDERED, REFERRED_FOR_PENALTY }

    /**
     * The inspection's items, subject and result; {@code randomDrawId} names the draw (D-PRE-RANDOM) that picked
     * the subject, whose results are published afterwards (事后公开).
     */
    record InspectionConcluded(String subject, List<String> items, InspectionResult result, String findings,
                               UUID randomDrawId, OffsetDateTime concludedAt) implements InspectionEvent {
    }
}
