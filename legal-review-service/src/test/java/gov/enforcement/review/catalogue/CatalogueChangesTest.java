package gov.enforcement.review.catalogue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CatalogueChangesTest {

    @Test
    @DisplayName("L-CATALOGUE: the WARN line of a change names who, when, and the rules before and after")
    void lineNamesBeforeAndAfter() {
        Catalogue before = new Catalogue(3, new CatalogueRules(ClassifierTest.ALL, new BigDecimal("50000"),
                new BigDecimal("50000"), List.of()), "migration", OffsetDateTime.parse("2026-11-21T00:00Z"), 2);
        Catalogue after = new Catalogue(4, new CatalogueRules(List.of("AFTER_HEARING", "COMPLEX_CASE"), new BigDecimal("20000"),
                new BigDecimal("30000"), List.of(new CatalogueRules.AlwaysReviewed(null, "COERCION"))), "platform-admin-1",
                OffsetDateTime.parse("2026-12-03T10:00Z"), 3);
        assertEquals("review catalogue changed: version 4 replaces version 3, by platform-admin-1 at 2026-12-03T10:00Z;"
                + " before: criteria " + ClassifierTest.ALL + ", fineThreshold 50000, confiscationThreshold 50000, alwaysReviewed [];"
                + " after: criteria [AFTER_HEARING, COMPLEX_CASE], fineThreshold 20000, confiscationThreshold 30000,"
                + " alwaysReviewed [every agency:COERCION]", CatalogueChanges.line(before, after));
    }
}
