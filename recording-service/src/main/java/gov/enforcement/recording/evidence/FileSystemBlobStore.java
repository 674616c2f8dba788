package gov.enforcement.recording.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Content-addressed files under a root folder ({@code ab/abcdef…}). Uploads go to a temporary file of their
 * own first and are linked into place atomically only when every check passed, so a refused upload leaves
 * nothing behind. Only temporary files are ever deleted: a file in place may be the content of records
 * written by other requests at this very moment.
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
            limits.contentCheck().check(java.util.Arrays.copyOf(head, headLength));
            place(incoming, pathOf(hash));
            return new StoredBlob(hash, size);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store upload", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(incoming);
        }
    }

    /**
     * Links the complete temporary file in under its hash. A file already there has the same bytes (that is
     * its name) and stays as it is; a link never replaces it, so nobody reading it ever sees it change.
     */
    private static void place(Path incoming, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try {
            Files.createLink(target, incoming);
        } catch (FileAlreadyExistsException alreadyStored) {
            // the same content, stored by an earlier or a concurrent upload
        } catch (UnsupportedOperationException noHardLinks) {
            // a file system without hard links: a rename onto the target is atomic, and the bytes are the same
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
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
                // a leftover temporary file in incoming/ is the content of no record
            }
        }
    }
}
