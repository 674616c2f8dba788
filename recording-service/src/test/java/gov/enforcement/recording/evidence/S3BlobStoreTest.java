package gov.enforcement.recording.evidence;

import gov.enforcement.devstack.S3ProxyServer;
import gov.enforcement.platform.messaging.TransientFailures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The S3 store against a real S3 API server (s3proxy in a process of its own), never a mock. */
@DisplayName("R-AV: evidence in an S3-compatible bucket, content-addressed and write-once")
class S3BlobStoreTest {

    private static final String BUCKET = "evidence-test";
    private static final BlobStore.ContentCheck ANY = head -> { };

    private static Path work;
    private static S3ProxyServer server;
    private static S3Client client;
    private static S3BlobStore store;

    @BeforeAll
    static void startServer() throws Exception {
        work = Files.createTempDirectory("s3-blob-store-test");
        Path repoRoot = Path.of("").toAbsolutePath().getParent();
        server = new S3ProxyServer(repoRoot, work.resolve("buckets"), work.resolve("s3proxy.log"), 0).start().ensureBucket(BUCKET);
        client = BlobStoreProducer.client(config(server.endpoint()));
        store = new S3BlobStore(client, BUCKET, "evidence/", work.resolve("spool"), Optional.of(work.resolve("legacy")));
    }

    @AfterAll
    static void stopServer() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static BlobStore.UploadLimits limits(String sha, Long size) {
        return new BlobStore.UploadLimits(sha, size, 1024 * 1024, ANY);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static List<String> keys() {
        return client.listObjectsV2(b -> b.bucket(BUCKET)).contents().stream().map(S3Object::key).toList();
    }

    private static long spooled() throws Exception {
        try (Stream<Path> files = Files.list(work.resolve("spool"))) {
            return files.count();
        }
    }

    @Test
    @DisplayName("content is stored under its hash, in the filesystem store's layout, and reads back byte for byte")
    void storesUnderItsHashAndReadsBack() throws Exception {
        byte[] content = "执法记录仪 DSJ-01 视频 1".getBytes(StandardCharsets.UTF_8);
        BlobStore.StoredBlob stored = store.put(new ByteArrayInputStream(content), limits(null, null));
        String hash = sha256(content);
        assertEquals(hash, stored.sha256());
        assertEquals(content.length, stored.size());
        assertTrue(keys().contains("evidence/" + hash.substring(0, 2) + "/" + hash), keys().toString());
        try (InputStream in = store.open(hash).orElseThrow()) {
            assertArrayEquals(content, in.readAllBytes());
        }
        assertEquals(0, spooled(), "the temporary copy is gone");
    }

    @Test
    @DisplayName("the same content twice is one object, never rewritten")
    void sameContentIsStoredOnce() throws Exception {
        byte[] content = "the same bytes, uploaded twice".getBytes(StandardCharsets.UTF_8);
        store.put(new ByteArrayInputStream(content), limits(null, null));
        String key = store.keyOf(sha256(content));
        var first = client.headObject(b -> b.bucket(BUCKET).key(key)).lastModified();
        Thread.sleep(1100); // object times have a resolution of a second
        store.put(new ByteArrayInputStream(content), limits(null, null));
        assertEquals(first, client.headObject(b -> b.bucket(BUCKET).key(key)).lastModified());
    }

    @Test
    @DisplayName("a refused upload (size, declared hash or size, content check) keeps nothing, in the bucket or the spool")
    void refusedUploadsKeepNothing() throws Exception {
        List<String> before = keys();
        byte[] content = "refused content".getBytes(StandardCharsets.UTF_8);
        assertThrows(BlobRejectedException.class, () -> store.put(new ByteArrayInputStream(content),
                new BlobStore.UploadLimits(null, null, 4, ANY)));
        assertThrows(BlobRejectedException.class, () -> store.put(new ByteArrayInputStream(content),
                limits("0".repeat(64), null)));
        assertThrows(BlobRejectedException.class, () -> store.put(new ByteArrayInputStream(content),
                limits(null, 3L)));
        assertThrows(BlobRejectedException.class, () -> store.put(new ByteArrayInputStream(content),
                new BlobStore.UploadLimits(null, null, 1024, head -> {
                    throw new BlobRejectedException("body", "not a video");
                })));
        assertEquals(before, keys());
        assertEquals(0, spooled());
    }

    @Test
    @DisplayName("content stored before the move to S3 still opens from the old folder until it is copied in")
    void legacyFolderIsReadWhenTheBucketLacksIt() throws Exception {
        byte[] content = "stored on the filesystem before".getBytes(StandardCharsets.UTF_8);
        String hash = sha256(content);
        Path legacy = work.resolve("legacy").resolve(SpooledUpload.relativePath(hash));
        Files.createDirectories(legacy.getParent());
        Files.write(legacy, content);
        try (InputStream in = store.open(hash).orElseThrow()) {
            assertArrayEquals(content, in.readAllBytes());
        }
        assertTrue(store.open("f".repeat(64)).isEmpty());
    }

    @Test
    @DisplayName("a store that is away is a passing failure (503 and retry), not an error of the content")
    void unreachableStoreIsTransient() {
        try (S3Client nowhere = BlobStoreProducer.client(config("http://127.0.0.1:1"))) {
            S3BlobStore away = new S3BlobStore(nowhere, BUCKET, "evidence/", work.resolve("spool"), Optional.empty());
            UncheckedIOException failure = assertThrows(UncheckedIOException.class,
                    () -> away.put(new ByteArrayInputStream(new byte[]{1, 2, 3}), limits(null, null)));
            assertTrue(TransientFailures.isTransient(failure));
        }
    }

    @Test
    @DisplayName("objects survive a restart of the server: they are files of its folder")
    void survivesRestart() throws Exception {
        byte[] content = "kept across a restart".getBytes(StandardCharsets.UTF_8);
        store.put(new ByteArrayInputStream(content), limits(null, null));
        server.close();
        server.start();
        try (InputStream in = store.open(sha256(content)).orElseThrow()) {
            assertArrayEquals(content, in.readAllBytes());
        }
    }

    static EvidenceConfig.S3 config(String endpoint) {
        return new EvidenceConfig.S3() {
            @Override
            public Optional<String> endpoint() {
                return Optional.of(endpoint);
            }

            @Override
            public String region() {
                return "us-east-1";
            }

            @Override
            public Optional<String> bucket() {
                return Optional.of(BUCKET);
            }

            @Override
            public String prefix() {
                return "evidence/";
            }

            @Override
            public boolean pathStyle() {
                return true;
            }

            @Override
            public Optional<String> accessKeyId() {
                return Optional.of(S3ProxyServer.ACCESS_KEY);
            }

            @Override
            public Optional<String> secretAccessKey() {
                return Optional.of(S3ProxyServer.SECRET_KEY);
            }

            @Override
            public Optional<String> legacyDirectory() {
                return Optional.empty();
            }

            @Override
            public Duration connectTimeout() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Duration socketTimeout() {
                return Duration.ofSeconds(10);
            }
        };
    }
}
