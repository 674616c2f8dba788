package gov.enforcement.recording.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * The answer of GET /audit/verify: everything recomputed from the rows, and what did not match.
 *
 * @param latestCheckpoint the tree size of the latest signed checkpoint the leaves were checked against
 * @param problemsNotListed findings beyond the first {@link Findings#LIMIT}, counted only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"verified", "scope", "hashAlgorithm", "leavesChecked", "checkpointsChecked", "problems",
        "problemsNotListed"})
public record VerifyReport(boolean verified, String scope, UUID caseId, String hashAlgorithm, long leavesChecked,
                           long checkpointsChecked, Long latestCheckpoint, List<Finding> problems,
                           int problemsNotListed) {
}
