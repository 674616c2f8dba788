package gov.enforcement.recording.audit;

/** What was asked for exists but is not yet sequenced or not yet under a signed checkpoint: ask again soon. */
public class NotYetLoggedException extends RuntimeException {

    public NotYetLoggedException(String message) {
        super(message);
    }
}
