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

    /** Each must be one of {@link ContentSignatures#recognised()}: content is checked against its type. */
    @WithDefault("image/jpeg,image/png,image/heic,video/mp4,video/quicktime,video/webm,video/x-msvideo,"
            + "audio/mpeg,audio/wav,audio/mp4,audio/aac,audio/amr")
    Set<String> allowedTypes();
}
