package gov.enforcement.verifier;

/** What the offline check found for one legal review opinion of an archived case (L-ARCHIVE). */
public record OpinionFinding(long version, String opinionNumber, Result result, String detail) {

    /** Verified; recorded before the signed fields were kept (not a failure); or failed, with why. */
    public enum Result {
        VERIFIED, UNVERIFIABLE, FAILED
    }

    /** One printed line, e.g. {@code opinion at version 12 (石人社法审〔2026〕7号): VERIFIED with key ed25519-…}. */
    public String line() {
        String label = result == Result.UNVERIFIABLE ? "unverifiable" : result.name();
        return "opinion at version " + version + (opinionNumber == null ? "" : " (" + opinionNumber + ")") + ": "
                + label + ": " + detail;
    }
}
