package gov.enforcement.recording.cases.web;

import java.util.List;

/**
 * The body of {@code POST /cases/import}: whole cases from an agency's case-handling system, each a
 * registration and the steps that followed it, recorded in one transaction.
 */
public record ImportCasesRequest(List<ImportedCase> cases) {

    /** One case: the fields of {@code POST /cases} and its steps in order, as {@code POST /cases/{id}/events} takes them. */
    public record ImportedCase(RegisterCaseRequest registration, List<AppendStepRequest> steps) {

        public List<AppendStepRequest> stepsOrNone() {
            return steps == null ? List.of() : steps;
        }
    }

    /** The answer: each case in request order, and how many events were recorded. */
    public record Imported(List<ImportedStream> cases, long events) {
    }

    public record ImportedStream(java.util.UUID caseId, String caseNumber, long version) {
    }
}
