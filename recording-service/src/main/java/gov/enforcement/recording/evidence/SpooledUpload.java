package gov.enforcement.recording.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An upload received into a temporary file of its own, hashed, counted and checked as it streamed. Every store
 * keeps content only from here, once every check passed; closing it deletes the temporary file.
 */
final class SpooledUpload implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    private final Path file;
    private final String sha256;
    private final byte[] md5;
    private final long size;

    private SpooledUpload(Path file, String sha256, byte[] md5, long size) {
        this.file = file;
        this.sha256 = sha256;
        this.md5 = md5;
        this.size = size;
    }

    /** Streams the content into {@code directory}; refuses, keeping nothing, when a limit or a check fails. */
    static SpooledUpload receive(InputStream content, BlobStore.UploadLimits limits, Path directory)
            throws BlobRejectedException {
        Path incoming = null;
        boolean kept = false;
        try {
            Files.createDirectories(directory);
            incoming = Files.createTempFile(directory, "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            MessageDigest md5 = MessageDigest.getInstance("MD5"); // what S3 checks the bytes it received against
            long size = 0;
            byte[] head = new byte[ContentSignatures.HEAD_BYTES];
            int headLength = 0;
            try (OutputStream out = Files.newOutputStream(incoming)) {
                byte[] buffer = new byte[BUFFER];
                for (int n; (n = content.read(buffer)) > 0; ) {
                    if (headLength < head.length) {
                        int taken = Math.min(n, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, taken);
                        headLength += taken;
                    }
                    size += n;
                    if (size > limits.maxBytes()) {
                        throw new BlobRejectedException("body", "the content exceeds the limit of " + limits.maxBytes() + " bytes");
                    }
                    sha.update(buffer, 0, n);
                    md5.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            if (limits.declaredSize() != null && limits.declaredSize() != size) {
                throw new BlobRejectedException("size", "declared " + limits.declaredSize() + " bytes but " + size + " arrived");
            }
            if (limits.declaredSha256() != null && !limits.declaredSha256().equalsIgnoreCase(hash)) {
                throw new BlobRejectedException("sha256", "declared hash " + limits.declaredSha256()
                        + " does not match the content's " + hash);
            }
            limits.contentCheck().check(Arrays.copyOf(head, headLength));
            kept = true;
            return new SpooledUpload(incoming, hash, md5.digest(), size);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot receive upload", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (!kept) {
                deleteQuietly(incoming);
            }
        }
    }

    Path file() {
        return file;
    }

    String sha256() {
        return sha256;
    }

    byte[] md5() {
        return md5.clone();
    }

    long size() {
        return size;
    }

    BlobStore.StoredBlob stored() {
        return new BlobStore.StoredBlob(sha256, size);
    }

    @Override
    public void close() {
        deleteQuietly(file);
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a leftover temporary file is the content of no record
            }
        }
    }

    /** Where content with this hash lives in a store: {@code ab/abcdef…}, the same in every store. */
    static String relativePath(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return sha256.substring(0, 2) + "/" + sha256;
    }
}
