package gov.enforcement.disclosure.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Why the index reads Chinese as bigrams (SearchAnalyzer): what the public types — fragments of company names,
 * two-character words, words inside longer words — measured for recall over real-looking decision facts.
 */
class SearchAnalyzerRecallTest {

    /** Each query and the fact (index in SampleRecords.FACTS) it occurs in, verbatim. */
    private static final String[][] QUERIES = {
            {"恒信", "0"}, {"劳务", "0"}, {"有限", "0"}, {"工资", "0"}, {"劳动者", "0"}, {"拖欠", "0"}, {"恒信建筑", "0"},
            {"鑫源", "1"}, {"食品安全", "1"}, {"预包装", "1"}, {"标签", "1"}, {"货值", "1"},
            {"道路运输", "2"}, {"客车", "2"}, {"旅客", "2"}, {"运输经营", "2"},
            {"餐饮", "3"}, {"消毒", "3"}, {"健康证明", "3"}, {"后厨", "3"},
            {"华北", "4"}, {"环保", "4"}, {"大气污染", "4"}, {"颗粒物", "4"}, {"排放", "4"},
            {"烟花", "5"}, {"爆竹", "5"}, {"劝阻", "5"}, {"燃放", "5"}, {"改正", "5"}};

    @Test
    @DisplayName("CJK bigrams find every fragment of two or more characters; smartcn's words miss some (recall printed)")
    void bigramsFindWhatSmartcnMisses() throws IOException {
        double bigrams = recall(SearchAnalyzer.create());
        double smartcn = recall(new SmartChineseAnalyzer());
        System.out.printf("search recall over %d queries: CJK bigrams %.2f, smartcn %.2f%n", QUERIES.length, bigrams, smartcn);
        assertEquals(1.0, bigrams);
        assertTrue(bigrams >= smartcn, "smartcn " + smartcn);
    }

    @Test
    @DisplayName("bigrams do not find characters that only occur apart (a phrase, not a bag of characters)")
    void bigramsArePhrases() throws IOException {
        assertEquals(0, hits(SearchAnalyzer.create(), "恒公"));
        assertEquals(0, hits(SearchAnalyzer.create(), "工劳"));
    }

    private static double recall(Analyzer analyzer) throws IOException {
        int found = 0;
        try (ByteBuffersDirectory directory = index(analyzer); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (String[] q : QUERIES) {
                Query query = new QueryBuilder(analyzer).createPhraseQuery("text", q[0]);
                if (query != null && List.of(searcher.search(query, 10).scoreDocs).stream()
                        .anyMatch(hit -> hit.doc == Integer.parseInt(q[1]))) {
                    found++;
                } else {
                    System.out.printf("%s misses %s%n", analyzer.getClass().getSimpleName(), q[0]);
                }
            }
        }
        return (double) found / QUERIES.length;
    }

    private static long hits(Analyzer analyzer, String q) throws IOException {
        try (ByteBuffersDirectory directory = index(analyzer); DirectoryReader reader = DirectoryReader.open(directory)) {
            return new IndexSearcher(reader).count(new QueryBuilder(analyzer).createPhraseQuery("text", q));
        }
    }

    private static ByteBuffersDirectory index(Analyzer analyzer) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (String facts : SampleRecords.FACTS) {
                Document doc = new Document();
                doc.add(new TextField("text", facts, Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        return directory;
    }
}
