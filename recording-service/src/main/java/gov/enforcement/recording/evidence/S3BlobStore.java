package gov.enforcement.recording.evidence;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Evidence in an S3-compatible bucket, under {@code <prefix>ab/abcdef…} (the filesystem store's layout, so a
 * folder of existing evidence is copied in as it is). Content is spooled and checked locally first, then sent
 * with its MD5 for the server to check; an object already there has the same bytes and is never rewritten, and
 * the service never deletes one (the bucket's policy should deny it deletion too). A server that is away or
 * answers 5xx is a passing failure (503 to the caller); anything else is a configuration fault.
 */
public class S3BlobStore implements BlobStore {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final Path spoolDirectory;
    private final Optional<Path> legacyDirectory;

    /**
     * @param legacyDirectory a filesystem store's folder read when an object is not (yet) in the bucket, so
     *                        evidence stored before the move keeps opening while it is being copied
     */
    public S3BlobStore(S3Client s3, String bucket, String prefix, Path spoolDirectory, Optional<Path> legacyDirectory) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
        this.spoolDirectory = spoolDirectory;
        this.legacyDirectory = legacyDirectory;
    }

    @Override
    public StoredBlob put(InputStream content, UploadLimits limits) throws BlobRejectedException {
        try (SpooledUpload upload = SpooledUpload.receive(content, limits, spoolDirectory)) {
            String key = keyOf(upload.sha256());
            if (!exists(key)) {
                call(() -> s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key)
                                .contentLength(upload.size())
                                .contentMD5(Base64.getEncoder().encodeToString(upload.md5()))
                                .contentType("application/octet-stream").build(),
                        RequestBody.fromFile(upload.file())));
            }
            return upload.stored();
        }
    }

    @Override
    public Optional<InputStream> open(String sha256) {
        String key = keyOf(sha256);
        try {
            return Optional.of(call(() -> s3.getObject(b -> b.bucket(bucket).key(key))));
        } catch (NoSuchKeyException missing) {
            return legacy(sha256);
        }
    }

    private Optional<InputStream> legacy(String sha256) {
        if (legacyDirectory.isEmpty()) {
            return Optional.empty();
        }
        Path path = legacyDirectory.get().resolve(SpooledUpload.relativePath(sha256));
        try {
            return Files.exists(path) ? Optional.of(Files.newInputStream(path)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean exists(String key) {
        try {
            call(() -> s3.headObject(HeadObjectRequest.builder().bucket(bucket).key(key).build()));
            return true;
        } catch (NoSuchKeyException missing) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false; // a HEAD answer has no body, so no error code to make a NoSuchKeyException of
            }
            throw e;
        }
    }

    String keyOf(String sha256) {
        return prefix + SpooledUpload.relativePath(sha256);
    }

    /** Runs one S3 call; a server away or failing (5xx) becomes an I/O failure, which callers retry (503). */
    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (SdkClientException e) {
            throw new UncheckedIOException(new IOException("the evidence store is unreachable: " + e.getMessage(), e));
        } catch (S3Exception e) {
            if (e.statusCode() >= 500) {
                throw new UncheckedIOException(new IOException("the evidence store failed: " + e.getMessage(), e));
            }
            throw e;
        }
    }
}
