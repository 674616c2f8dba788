package gov.enforcement.benchmark.search;

import gov.enforcement.benchmark.report.Figure;
import gov.enforcement.disclosure.search.DecisionSearch;
import gov.enforcement.disclosure.search.SearchAnalyzer;
import gov.enforcement.disclosure.search.SearchDocument;
import gov.enforcement.disclosure.search.SearchQuery;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * What the search engine alone does on this machine: disclosure-service's own index code (SearchDocument,
 * SearchAnalyzer, DecisionSearch) over the same generated records and the same queries, in this JVM — no HTTP, no
 * gateway, no service. The public search figure is divided by it.
 */
public final class LuceneBaseline {

    public static final String KEY = "lucene.search";

    /** Indexes records {@code first .. first + count - 1}, then runs {@code urls} on {@code threads} threads. */
    public Figure run(long first, long count, List<String> urls, int threads, Duration warmUp, Duration measure)
            throws Exception {
        Path directory = Files.createTempDirectory("bench-lucene-");
        try (FSDirectory index = FSDirectory.open(directory)) {
            long indexing = System.nanoTime();
            PublishedRecords generator = new PublishedRecords();
            OffsetDateTime publishedAt = OffsetDateTime.now(ZoneId.of("Asia/Shanghai"));
            try (IndexWriter writer = new IndexWriter(index, new IndexWriterConfig(SearchAnalyzer.create())
                    .setIndexSort(SearchDocument.ORDER).setRAMBufferSizeMB(64))) {
                for (long n = first; n < first + count; n++) {
                    PublishedRecords.Generated g = generator.generate(n);
                    writer.addDocument(SearchDocument.of(g.disclosureId(), 1, publishedAt, g.record().publicUntil(), g.record()));
                }
                writer.forceMerge(1);
            }
            double indexSeconds = (System.nanoTime() - indexing) / 1e9;
            List<SearchQuery> queries = urls.stream().map(LuceneBaseline::parse).toList();
            try (DirectoryReader reader = DirectoryReader.open(index)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                DecisionSearch search = new DecisionSearch(SearchAnalyzer.create());
                LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
                phase(search, searcher, queries, today, threads, warmUp, new ConcurrentHistogram(3), new AtomicLong());
                Histogram latency = new ConcurrentHistogram(3);
                AtomicLong done = new AtomicLong();
                double seconds = phase(search, searcher, queries, today, threads, measure, latency, done);
                double perSecond = done.get() / seconds;
                return Figure.of(KEY, "bare Lucene: the service's search code in this JVM, " + threads + " threads",
                                "req/s", perSecond, null, null)
                        .with("records", count).with("indexSeconds", indexSeconds)
                        .with("p50Ms", latency.getValueAtPercentile(50) / 1000.0)
                        .with("p99Ms", latency.getValueAtPercentile(99) / 1000.0).with("threads", threads);
            }
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Closed loop on {@code threads} threads for {@code length}; answers the seconds it ran. */
    private static double phase(DecisionSearch search, IndexSearcher searcher, List<SearchQuery> queries, LocalDate today,
                                int threads, Duration length, Histogram latency, AtomicLong done) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + length.toNanos();
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t * 997;
            Thread thread = new Thread(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    long began = System.nanoTime();
                    try {
                        search.run(searcher, queries.get(i % queries.size()), today);
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                    latency.recordValue(Math.max(1, (System.nanoTime() - began) / 1000));
                    done.incrementAndGet();
                }
            }, "lucene-baseline-" + t);
            thread.start();
            running.add(thread);
        }
        for (Thread thread : running) {
            thread.join();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The query of a {@code /api/v1/public/decisions?…} address, as the service parses it. */
    static SearchQuery parse(String url) {
        Map<String, String> p = new HashMap<>();
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            int eq = pair.indexOf('=');
            p.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return SearchQuery.parse(p.get("agency"), p.get("category"), p.get("q"), p.get("from"), p.get("to"), p.get("page"),
                p.get("size"), p.get("cursor"));
    }
}
