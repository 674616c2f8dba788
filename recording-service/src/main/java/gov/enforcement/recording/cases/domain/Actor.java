package gov.enforcement.recording.cases.domain;

/**
 * Who is recording a step, as the domain needs to know them: the subject that signs the record, the agency they
 * act for and the enforcement certificate they hold (null for someone who holds none).
 */
public record Actor(String subject, String agency, String certificate) {
}
