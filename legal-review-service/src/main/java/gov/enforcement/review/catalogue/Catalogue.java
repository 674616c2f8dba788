package gov.enforcement.review.catalogue;

import java.time.OffsetDateTime;

/**
 * One version of the major-decision catalogue (重大执法决定法制审核目录清单): who put it in force, when, and which
 * version it replaced (null for the first).
 */
public record Catalogue(int version, CatalogueRules rules, String createdBy, OffsetDateTime createdAt,
                        Integer replacesVersion) {

    /** The version as an entity tag, which a change must send back in {@code If-Match}. */
    public String etag() {
        return "\"" + version + "\"";
    }
}
