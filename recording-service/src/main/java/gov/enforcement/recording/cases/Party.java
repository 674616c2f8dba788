package gov.enforcement.recording.cases;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The party of a case (行政相对人): a natural person with an ID number or an organisation with a credit code. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Party(Kind kind, String name, String idNumber, String creditCode) {

    public enum Kind { PERSON, ORGANISATION }
}
