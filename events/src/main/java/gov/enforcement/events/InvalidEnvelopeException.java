package gov.enforcement.events;

/** An envelope that breaks the CloudEvents contract; the field says where. */
public class InvalidEnvelopeException extends RuntimeException {

    private final String field;

    public InvalidEnvelopeException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
    }

    public InvalidEnvelopeException(String field, String problem, Throwable cause) {
        super(field + " " + problem, cause);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
