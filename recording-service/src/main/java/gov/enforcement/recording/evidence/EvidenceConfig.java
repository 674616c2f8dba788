package gov.enforcement.recording.evidence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Evidence uploads: where blobs go, how large they may be, which media types are accepted. */
@ConfigMapping(prefix = "recording.evidence")
public interface EvidenceConfig {

    enum Store { FILESYSTEM, S3 }

    /** {@code filesystem} on one machine; {@code s3} wherever several replicas or a read-only root file system run. */
    @WithDefault("filesystem")
    Store store();

    /** Folder of the filesystem blob store. */
    @WithDefault("data/blobs")
    String blobDirectory();

    /** Where the S3 store receives and checks an upload before sending it on (at most max-bytes per upload). */
    @WithDefault("${java.io.tmpdir}/evidence-spool")
    String spoolDirectory();

    @WithDefault("67108864")
    long maxBytes();

    /** Each must be one of {@link ContentSignatures#recognised()}: content is checked against its type. */
    @WithDefault("image/jpeg,image/png,image/heic,video/mp4,video/quicktime,video/webm,video/x-msvideo,"
            + "audio/mpeg,audio/wav,audio/mp4,audio/aac,audio/amr")
    Set<String> allowedTypes();

    S3 s3();

    interface S3 {

        /** An S3-compatible server's URL; absent for AWS itself. */
        Optional<String> endpoint();

        @WithDefault("us-east-1")
        String region();

        Optional<String> bucket();

        /** Objects live under this prefix, then {@code ab/abcdef…}. */
        @WithDefault("evidence/")
        String prefix();

        /** Path-style addressing ({@code endpoint/bucket/key}), which S3-compatible servers expect. */
        @WithDefault("true")
        boolean pathStyle();

        /** With the secret, static credentials (from a Secret); without, the SDK's default chain. */
        Optional<String> accessKeyId();

        Optional<String> secretAccessKey();

        /** A filesystem store's folder still read for content not yet copied into the bucket. */
        Optional<String> legacyDirectory();

        @WithDefault("2s")
        Duration connectTimeout();

        @WithDefault("60s")
        Duration socketTimeout();
    }
}
