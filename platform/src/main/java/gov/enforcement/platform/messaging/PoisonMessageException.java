package gov.enforcement.platform.messaging;

/** A message that can never be applied, however often it is retried: it goes to the dead-letter topic. */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }

    public PoisonMessageException(String message) {
        super(message);
    }
}
