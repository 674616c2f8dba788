package gov.enforcement.disclosure.search;

import io.quarkus.logging.Log;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The index on disk: its writer, its searchers and the marker of each commit — the document format, the database
 * it was built from and the transaction horizon up to which it holds every change. An index without a valid
 * marker, from another database, or failing its checksums is not opened; the caller rebuilds it.
 */
final class IndexStore implements Closeable {

    /** Raised when the fields or the analyser change: every index of an older format is rebuilt. */
    static final String FORMAT = "2"; // 2: the decision kind (P-OUTCOME) is a filter
    private static final String FORMAT_KEY = "format";
    private static final String ORIGIN_KEY = "origin";
    private static final String SINCE_KEY = "since";

    final Directory directory;
    final IndexWriter writer;
    final SearcherManager searchers;
    private final String origin;

    private IndexStore(Directory directory, IndexWriter writer, String origin) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.origin = origin;
    }

    /** The index in {@code path} and the horizon it was committed at, if it is whole and was built from {@code origin}. */
    static Optional<IndexStore> open(Path path, String origin, Analyzer analyzer) {
        try {
            if (!Files.isDirectory(path)) {
                Log.infof("search index: no directory %s", path);
                return Optional.empty();
            }
            Directory directory = FSDirectory.open(path);
            try {
                requireUnlocked(directory, path);
                String unusable = unusable(directory, origin);
                if (unusable != null) {
                    Log.warnf("search index in %s: %s", path, unusable);
                    directory.close();
                    return Optional.empty();
                }
                return Optional.of(new IndexStore(directory, new IndexWriter(directory,
                        config(analyzer, IndexWriterConfig.OpenMode.APPEND)), origin));
            } catch (IOException | RuntimeException e) {
                directory.close();
                throw e;
            }
        } catch (IllegalStateException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            Log.warnf("search index in %s is damaged: %s", path, e.toString());
            return Optional.empty();
        }
    }

    /** An empty index in {@code path}, after deleting what Lucene left there (and nothing else). */
    static IndexStore create(Path path, String origin, Analyzer analyzer) throws IOException {
        Files.createDirectories(path);
        Directory directory = FSDirectory.open(path);
        requireUnlocked(directory, path);
        try (Stream<Path> files = Files.list(path)) {
            for (Path file : files.filter(IndexStore::isIndexFile).toList()) {
                Files.delete(file);
            }
        }
        return new IndexStore(directory, new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE)),
                origin);
    }

    /** The horizon of the last commit: every change by a transaction below it is in the index. */
    long since() throws IOException {
        return Long.parseLong(SegmentInfos.readLatestCommit(directory).getUserData().get(SINCE_KEY));
    }

    /** Makes what was applied durable, marked with the horizon it is complete up to. */
    void commit(long since) throws IOException {
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT, ORIGIN_KEY, origin, SINCE_KEY, Long.toString(since)).entrySet());
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        try (directory) {
            searchers.close();
            // rolled back, not committed: an uncommitted change is found again from the last commit's horizon
            writer.rollback();
        }
    }

    /** Another process (or this one) writing here: never opened nor rebuilt, which would delete its files. */
    private static void requireUnlocked(Directory directory, Path path) throws IOException {
        try (Lock probe = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            probe.ensureValid();
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("search index in " + path + " is in use by another writer;"
                    + " every replica needs its own disclosure.search.index-directory", e);
        }
    }

    private static String unusable(Directory directory, String origin) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return "no index";
        }
        Map<String, String> marker = SegmentInfos.readLatestCommit(directory).getUserData();
        if (!FORMAT.equals(marker.get(FORMAT_KEY)) || marker.get(SINCE_KEY) == null) {
            return "format " + marker.get(FORMAT_KEY) + ", expected " + FORMAT;
        }
        if (!origin.equals(marker.get(ORIGIN_KEY))) {
            return "built from another database (" + marker.get(ORIGIN_KEY) + ")";
        }
        // checksums only: reads every file once (seconds for a million records), not a full verification
        try (CheckIndex check = new CheckIndex(directory)) {
            check.setChecksumsOnly(true);
            CheckIndex.Status status = check.checkIndex();
            return status.clean ? null : "checksums do not match";
        }
    }

    private static IndexWriterConfig config(Analyzer analyzer, IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(analyzer).setOpenMode(mode).setIndexSort(SearchDocument.ORDER)
                .setCommitOnClose(false).setRAMBufferSizeMB(64);
    }

    private static boolean isIndexFile(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.startsWith("segments") || name.startsWith("pending_segments")
                || name.startsWith("_") || name.equals(IndexWriter.WRITE_LOCK_NAME));
    }
}
