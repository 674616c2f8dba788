package gov.enforcement.disclosure.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A {@link SearchQuery} run on one index snapshot: filters, then text or an exact code, in the index's own order
 * (newest decision first), so Lucene stops after the page instead of sorting every match.
 */
public final class DecisionSearch {

    private static final Set<String> VIEW_ONLY = Set.of(SearchDocument.VIEW);

    private final QueryBuilder text;

    public DecisionSearch(Analyzer analyzer) {
        this.text = new QueryBuilder(analyzer);
    }

    public SearchPage run(IndexSearcher searcher, SearchQuery query, LocalDate today) throws IOException {
        int skip = query.cursor() == null ? query.offset() : 0;
        // one more than the page tells whether there is a next one without counting the matches
        int wanted = skip + query.size() + 1;
        FieldDoc after = query.cursor() == null ? null : new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[]{
                query.cursor().decidedOn().toEpochDay(), new BytesRef(query.cursor().disclosureId().toString())});
        TopFieldDocs top = searcher.search(query(query, today),
                new TopFieldCollectorManager(SearchDocument.ORDER, wanted, after, wanted));
        ScoreDoc[] hits = top.scoreDocs;
        int end = Math.min(hits.length, skip + query.size());
        List<String> items = new ArrayList<>(Math.max(0, end - skip));
        StoredFields stored = searcher.storedFields();
        for (int i = skip; i < end; i++) {
            items.add(stored.document(hits[i].doc, VIEW_ONLY).get(SearchDocument.VIEW));
        }
        boolean more = hits.length > end;
        String next = more && end > skip ? cursorOf((FieldDoc) hits[end - 1]).encode() : null;
        return new SearchPage(query.page(), query.size(), more, next, items);
    }

    Query query(SearchQuery query, LocalDate today) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        // D-PERIOD: a record whose publicity ended leaves the search on that day, without waiting for a change
        all.add(LongPoint.newRangeQuery(SearchDocument.PUBLIC_UNTIL, today.toEpochDay(), Long.MAX_VALUE), Occur.FILTER);
        if (query.agency() != null) {
            all.add(new TermQuery(new Term(SearchDocument.AGENCY, query.agency())), Occur.FILTER);
        }
        if (query.category() != null) {
            all.add(new TermQuery(new Term(SearchDocument.CATEGORY, query.category())), Occur.FILTER);
        }
        if (query.kind() != null) {
            all.add(new TermQuery(new Term(SearchDocument.KIND, query.kind())), Occur.FILTER);
        }
        if (query.from() != null || query.to() != null) {
            long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochDay();
            long to = query.to() == null ? Long.MAX_VALUE : query.to().toEpochDay();
            all.add(LongPoint.newRangeQuery(SearchDocument.DECIDED_ON, from, to), Occur.FILTER);
        }
        if (query.q() != null) {
            all.add(textOrCode(query.q()), Occur.FILTER);
        }
        return all.build();
    }

    /** Every word of q as a phrase of its bigrams (a fragment anywhere in the text), or q as a whole code. */
    Query textOrCode(String q) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String word : q.strip().split("\\s+")) {
            Query phrase = text.createPhraseQuery(SearchDocument.TEXT, word);
            // a word with nothing searchable in it (punctuation only) matches nothing, as it never occurs as a word
            words.add(phrase == null ? new MatchNoDocsQuery() : phrase, Occur.FILTER);
        }
        return new BooleanQuery.Builder().setMinimumNumberShouldMatch(1)
                .add(words.build(), Occur.SHOULD)
                .add(new TermQuery(new Term(SearchDocument.CODE, SearchDocument.normalise(q))), Occur.SHOULD)
                .build();
    }

    private static SearchCursor cursorOf(FieldDoc last) {
        return new SearchCursor(LocalDate.ofEpochDay((Long) last.fields[0]),
                UUID.fromString(((BytesRef) last.fields[1]).utf8ToString()));
    }
}
