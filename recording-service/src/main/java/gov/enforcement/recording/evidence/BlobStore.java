package gov.enforcement.recording.evidence;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where evidence content lives, addressed by its SHA-256. The filesystem store is the default; an
 * S3-compatible store implements the same three operations.
 */
public interface BlobStore {

    /**
     * Streams the content in, hashing and counting as it goes; refuses (and keeps nothing) when it exceeds
     * {@code maxBytes} or does not match a declared hash or size.
     */
    StoredBlob put(InputStream content, UploadLimits limits) throws BlobRejectedException;

    Optional<InputStream> open(String sha256);

    /** Removes content stored by a put whose step was then refused; content that was already there stays. */
    void discard(StoredBlob blob);

    /** What was stored: its hash, size and whether this upload created it. */
    record StoredBlob(String sha256, long size, boolean created) {
    }

    /** The checks an upload must pass: declared hash and size (optional) and the maximum size. */
    record UploadLimits(String declaredSha256, Long declaredSize, long maxBytes) {
    }
}
