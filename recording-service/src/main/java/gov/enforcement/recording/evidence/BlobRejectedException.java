package gov.enforcement.recording.evidence;

/** An upload refused while or after streaming; nothing of it was kept. */
public class BlobRejectedException extends Exception {

    private final String field;

    public BlobRejectedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
