package gov.enforcement.recording.cases.domain;

/** An enforcement officer named on a case, by name and certificate number (执法证号). */
public record Officer(String name, String certificate) {
}
