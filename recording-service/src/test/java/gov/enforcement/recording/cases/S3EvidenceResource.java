package gov.enforcement.recording.cases;

import gov.enforcement.devstack.S3ProxyServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A real S3 API server for the service under test, with its evidence store switched to it. */
public class S3EvidenceResource implements QuarkusTestResourceLifecycleManager {

    static final String BUCKET = "evidence";

    private S3ProxyServer server;

    @Override
    public Map<String, String> start() {
        try {
            Path work = Files.createTempDirectory("recording-s3-evidence");
            server = new S3ProxyServer(Path.of("").toAbsolutePath().getParent(), work.resolve("buckets"),
                    work.resolve("s3proxy.log"), 0).start().ensureBucket(BUCKET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("recording.evidence.store", "s3",
                "recording.evidence.s3.endpoint", server.endpoint(),
                "recording.evidence.s3.bucket", BUCKET,
                "recording.evidence.s3.access-key-id", S3ProxyServer.ACCESS_KEY,
                "recording.evidence.s3.secret-access-key", S3ProxyServer.SECRET_KEY);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
