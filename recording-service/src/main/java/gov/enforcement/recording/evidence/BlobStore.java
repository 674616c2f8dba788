package gov.enforcement.recording.evidence;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where evidence content lives, addressed by its SHA-256. The filesystem store is the default; an
 * S3-compatible store implements the same two operations. Stored content is never removed by a request:
 * the same bytes may be the content of any number of records, some of them still being written.
 */
public interface BlobStore {

    /**
     * Streams the content in, hashing and counting as it goes, and stores it under its hash only when every
     * check passed; refuses (and keeps nothing) when it exceeds {@code maxBytes}, does not match a declared
     * hash or size, or fails the content check.
     */
    StoredBlob put(InputStream content, UploadLimits limits) throws BlobRejectedException;

    Optional<InputStream> open(String sha256);

    /** What was stored: its hash and size. */
    record StoredBlob(String sha256, long size) {
    }

    /** The checks an upload must pass: declared hash and size (optional), the maximum size, the content's first bytes. */
    record UploadLimits(String declaredSha256, Long declaredSize, long maxBytes, ContentCheck contentCheck) {
    }

    /** Judges the first {@link ContentSignatures#HEAD_BYTES} bytes of the content (fewer when it is shorter). */
    @FunctionalInterface
    interface ContentCheck {
        void check(byte[] head) throws BlobRejectedException;
    }
}
