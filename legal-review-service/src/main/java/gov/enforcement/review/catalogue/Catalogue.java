package gov.enforcement.review.catalogue;

import java.time.OffsetDateTime;

/** One version of the major-decision catalogue (重大执法决定法制审核目录清单). */
public record Catalogue(int version, CatalogueRules rules, String createdBy, OffsetDateTime createdAt) {
}
