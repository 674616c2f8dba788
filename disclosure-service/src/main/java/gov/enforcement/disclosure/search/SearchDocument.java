package gov.enforcement.disclosure.search;

import gov.enforcement.disclosure.records.PublicParty;
import gov.enforcement.disclosure.records.PublicRecord;
import gov.enforcement.disclosure.records.PublicRecords;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One published decision as the index holds it. Built only from the redacted record (D-REDACT) and the row's
 * visibility, so nothing the public may not see is ever indexed; the page shown is stored with it, so a search is
 * answered from the index alone.
 */
public final class SearchDocument {

    static final String ID = "id";
    static final String AGENCY = "agency";
    static final String CATEGORY = "category";
    static final String KIND = "kind";
    static final String DECIDED_ON = "decidedOn";
    static final String PUBLIC_UNTIL = "publicUntil";
    static final String TEXT = "text";
    static final String CODE = "code";
    static final String VIEW = "view";

    /** The documented order, newest decision first, then by id; also the index's own order, so a search stops early. */
    public static final Sort ORDER = new Sort(new SortField(DECIDED_ON, SortField.Type.LONG, true),
            new SortField(ID, SortField.Type.STRING));

    private SearchDocument() {
    }

    /** The public view of a result: exactly what the API and the portal list. */
    public static Map<String, Object> view(UUID id, int version, OffsetDateTime publishedAt, PublicRecord record) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("disclosureId", id);
        view.put("version", version);
        view.put("corrected", version > 1);
        view.put("publishedAt", publishedAt);
        view.put("record", record);
        return view;
    }

    public static Document of(UUID id, int version, OffsetDateTime publishedAt, LocalDate publicUntil, PublicRecord record) {
        Document doc = new Document();
        doc.add(new StringField(ID, id.toString(), Field.Store.NO));
        doc.add(new SortedDocValuesField(ID, new BytesRef(id.toString())));
        doc.add(new StringField(AGENCY, record.agency(), Field.Store.NO));
        doc.add(new StringField(CATEGORY, record.category(), Field.Store.NO));
        doc.add(new StringField(KIND, record.kind().name(), Field.Store.NO));
        long decided = record.decidedOn().toEpochDay();
        doc.add(new LongPoint(DECIDED_ON, decided));
        doc.add(new NumericDocValuesField(DECIDED_ON, decided));
        doc.add(new LongPoint(PUBLIC_UNTIL, publicUntil.toEpochDay()));
        doc.add(new TextField(TEXT, PublicRecords.searchText(record), Field.Store.NO));
        codes(record).forEach(code -> doc.add(new StringField(CODE, code, Field.Store.NO)));
        doc.add(new StoredField(VIEW, PublicRecords.json(view(id, version, publishedAt, record))));
        return doc;
    }

    /** Found whole, not as words: parties' credit codes, the decision's document number and the case number. */
    static Stream<String> codes(PublicRecord record) {
        return Stream.concat(record.parties().stream().map(PublicParty::creditCode),
                        Stream.of(record.documentNumber(), record.caseNumber()))
                .filter(Objects::nonNull).map(SearchDocument::normalise).filter(code -> !code.isEmpty()).distinct();
    }

    /** Credit codes are written in either case; spaces around a pasted code are not part of it. */
    static String normalise(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
