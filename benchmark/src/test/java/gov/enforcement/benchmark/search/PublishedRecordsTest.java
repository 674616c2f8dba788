package gov.enforcement.benchmark.search;

import gov.enforcement.disclosure.records.PublicRecords;
import gov.enforcement.platform.identity.CreditCode;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bulk-loaded decisions have the shape the service writes: redacted, searchable the service's way, COPY-safe. */
class PublishedRecordsTest {

    private static final Pattern LONG_DIGITS = Pattern.compile("[0-9]{15,}");

    @Test
    void recordsAreRedactedAndTheirSearchColumnsAreTheServices() {
        PublishedRecords generator = new PublishedRecords();
        for (long n = 0; n < 500; n++) {
            var g = generator.generate(n);
            String json = PublicRecords.json(g.record());
            assertFalse(LONG_DIGITS.matcher(json).find(), "no ID-length digit run is published: " + json);
            assertFalse(json.contains("13812345678"), "phone numbers are masked: " + json);
            g.facts().parties().stream().filter(p -> p.isPerson())
                    .forEach(p -> assertFalse(json.contains(p.name()), "a person's full name is masked: " + json));
            String text = PublicRecords.searchText(PublicRecords.parse(json));
            assertEquals(text, PublicRecords.searchText(g.record()), "the stored record yields the same search text");
            assertTrue(g.record().publicUntil().isAfter(g.record().decidedOn()));
        }
        PublishedRecords.AGENCIES.forEach(a -> assertTrue(CreditCode.isValid(a), a));
    }

    @Test
    void copyTextEscapesWhatCopyWouldMisread() {
        StringBuilder out = new StringBuilder();
        PublishedRecordLoader.line(out, "a\tb", null, "c\\d\ne");
        assertEquals("a\\tb\t\\N\tc\\\\d\\ne\n", out.toString());
    }
}
