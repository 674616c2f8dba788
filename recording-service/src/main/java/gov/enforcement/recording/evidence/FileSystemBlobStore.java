package gov.enforcement.recording.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Content-addressed files under a root folder ({@code ab/abcdef…}). Uploads go to a temporary file first and
 * are moved into place atomically only when every check passed, so a refused upload leaves nothing behind.
 */
public class FileSystemBlobStore implements BlobStore {

    private static final int BUFFER = 64 * 1024;

    private final Path root;

    public FileSystemBlobStore(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root.resolve("incoming"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create blob store at " + root, e);
        }
    }

    @Override
    public StoredBlob put(InputStream content, UploadLimits limits) throws BlobRejectedException {
        Path incoming = null;
        try {
            incoming = Files.createTempFile(root.resolve("incoming"), "upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = Files.newOutputStream(incoming)) {
                byte[] buffer = new byte[BUFFER];
                for (int n; (n = content.read(buffer)) > 0; ) {
                    size += n;
                    if (size > limits.maxBytes()) {
                        throw new BlobRejectedException("body", "the content exceeds the limit of " + limits.maxBytes() + " bytes");
                    }
                    sha256.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            String hash = HexFormat.of().formatHex(sha256.digest());
            if (limits.declaredSize() != null && limits.declaredSize() != size) {
                throw new BlobRejectedException("size", "declared " + limits.declaredSize() + " bytes but " + size + " arrived");
            }
            if (limits.declaredSha256() != null && !limits.declaredSha256().equalsIgnoreCase(hash)) {
                throw new BlobRejectedException("sha256", "declared hash " + limits.declaredSha256()
                        + " does not match the content's " + hash);
            }
            Path target = pathOf(hash);
            boolean created = !Files.exists(target);
            if (created) {
                Files.createDirectories(target.getParent());
                Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new StoredBlob(hash, size, created);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store upload", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(incoming);
        }
    }

    @Override
    public Optional<InputStream> open(String sha256) {
        Path path = pathOf(sha256);
        try {
            return Files.exists(path) ? Optional.of(Files.newInputStream(path)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void discard(StoredBlob blob) {
        if (blob.created()) {
            deleteQuietly(pathOf(blob.sha256()));
        }
    }

    private Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a leftover temporary file is swept on the next start
            }
        }
    }
}
