package gov.enforcement.platform.problem;

/** Someone appended to the stream first (HTTP 409); a consumer simply tries again on the new version. */
public class VersionConflictException extends ProblemException {

    public VersionConflictException(long expected, long actual) {
        super(409, "version-conflict", "Version conflict",
                "expected version " + expected + " but the stream is at " + actual, null, null);
        with("currentVersion", actual);
    }
}
