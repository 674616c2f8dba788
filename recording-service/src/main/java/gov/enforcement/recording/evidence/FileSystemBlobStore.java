package gov.enforcement.recording.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Content-addressed files under a root folder ({@code ab/abcdef…}). Uploads go to a temporary file of their
 * own first and are linked into place atomically only when every check passed, so a refused upload leaves
 * nothing behind. Only temporary files are ever deleted: a file in place may be the content of records
 * written by other requests at this very moment.
 */
public class FileSystemBlobStore implements BlobStore {

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
        try (SpooledUpload upload = SpooledUpload.receive(content, limits, root.resolve("incoming"))) {
            place(upload.file(), pathOf(upload.sha256()));
            return upload.stored();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store upload", e);
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
        return root.resolve(SpooledUpload.relativePath(sha256));
    }
}
