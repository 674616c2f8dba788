package gov.enforcement.disclosure.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;

/**
 * How the public search reads Chinese: overlapping character bigrams (CJKAnalyzer: StandardTokenizer, width and
 * case folding, CJKBigramFilter), without stop words. Chosen over smartcn's dictionary segmentation because the
 * public searches fragments — part of a company name (恒信), a two-character word inside a longer one (有限 in
 * 有限公司), a surname — that a word segmenter splits differently in the query than in the text and then misses;
 * bigrams find every fragment of two or more characters as a phrase (SearchAnalyzerRecallTest measures both).
 */
public final class SearchAnalyzer {

    private SearchAnalyzer() {
    }

    public static Analyzer create() {
        // the English stop words CJKAnalyzer drops by default would also drop them from document numbers and names
        return new CJKAnalyzer(CharArraySet.EMPTY_SET);
    }
}
