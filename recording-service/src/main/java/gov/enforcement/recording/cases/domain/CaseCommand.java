package gov.enforcement.recording.cases.domain;

/**
 * What may be asked of a case, parsed at the edge (REST, Kafka) before the domain sees it: register it, record an
 * officer's step, or record a fact another service published about it.
 */
public sealed interface CaseCommand permits RegisterCase, CaseCommand.RecordStep, CaseCommand.RecordFact {

    /** An officer's step as proposed; the decider checks it and completes what the server fills in. */
    record RecordStep(CaseEvent proposed) implements CaseCommand {
    }

    /** L-ARCHIVE: a fact of legal review or disclosure, recorded in the case file when the procedure allows it. */
    record RecordFact(CaseEvent fact) implements CaseCommand {
    }
}
