package gov.enforcement.recording.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.nio.file.Path;

/** The filesystem store by default; an S3-compatible implementation would be produced here instead. */
public class BlobStoreProducer {

    @Produces
    @ApplicationScoped
    BlobStore blobStore(EvidenceConfig config) {
        return new FileSystemBlobStore(Path.of(config.blobDirectory()));
    }
}
