package gov.enforcement.recording.evidence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Set;

/** Evidence uploads: where blobs go, how large they may be, which media types are accepted. */
@ConfigMapping(prefix = "recording.evidence")
public interface EvidenceConfig {

    /** Folder of the filesystem blob store. */
    @WithDefault("data/blobs")
    String blobDirectory();

    @WithDefault("67108864")
    long maxBytes();

    @WithDefault("image/jpeg,image/png,video/mp4,video/quicktime,audio/mpeg,audio/wav,audio/mp4,application/pdf")
    Set<String> allowedTypes();
}
