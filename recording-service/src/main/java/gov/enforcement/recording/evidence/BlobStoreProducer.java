package gov.enforcement.recording.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import java.net.URI;
import java.nio.file.Path;

/** The store {@code recording.evidence.store} names: the filesystem (one machine) or S3 (Kubernetes). */
public class BlobStoreProducer {

    @Produces
    @ApplicationScoped
    BlobStore blobStore(EvidenceConfig config) {
        return switch (config.store()) {
            case FILESYSTEM -> new FileSystemBlobStore(Path.of(config.blobDirectory()));
            case S3 -> new S3BlobStore(client(config.s3()), config.s3().bucket().orElseThrow(() ->
                    new IllegalStateException("recording.evidence.store=s3 needs recording.evidence.s3.bucket")),
                    config.s3().prefix(), Path.of(config.spoolDirectory()), config.s3().legacyDirectory().map(Path::of));
        };
    }

    static S3Client client(EvidenceConfig.S3 s3) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(s3.connectTimeout()).socketTimeout(s3.socketTimeout()))
                .region(Region.of(s3.region()))
                .forcePathStyle(s3.pathStyle())
                // the MD5 sent with each object is the integrity check every S3-compatible server knows; the SDK's
                // newer default checksums (CRC32 trailers) are not understood by all of them
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        s3.endpoint().map(URI::create).ifPresent(builder::endpointOverride);
        if (s3.accessKeyId().isPresent() && s3.secretAccessKey().isPresent()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(s3.accessKeyId().get(), s3.secretAccessKey().get())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build()); // e.g. a pod's web identity
        }
        return builder.build();
    }

    void close(@Disposes BlobStore store) {
        if (store instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // shutting down
            }
        }
    }
}
