package gov.enforcement.recording.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/**
 * One problem a verification found, located as precisely as the evidence allows: the case, the event (or
 * access record) and its version, the leaf index, or the checkpoint's tree size.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"problem", "detail"})
public record Finding(Failure problem, String kind, UUID caseId, UUID eventId, Long version, Long leafIndex,
                      Long treeSize, String detail) {

    static Finding leaf(Failure problem, LeafSources.Source source, long leafIndex, String detail) {
        return new Finding(problem, source.kind(), source.caseId(), source.refId(), source.version(), leafIndex, null,
                detail);
    }

    static Finding checkpoint(Failure problem, StoredCheckpoint checkpoint, String detail) {
        return new Finding(problem, null, null, null, null, null, checkpoint.treeSize(),
                detail + " (checkpoint of " + checkpoint.treeSize() + " leaves signed " + checkpoint.issuedAt() + ")");
    }

    static Finding tree(Failure problem, Long leafIndex, String detail) {
        return new Finding(problem, null, null, null, null, leafIndex, null, detail);
    }

    Finding withDetail(String more) {
        return new Finding(problem, kind, caseId, eventId, version, leafIndex, treeSize, detail + "; " + more);
    }
}
