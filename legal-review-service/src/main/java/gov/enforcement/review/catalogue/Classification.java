package gov.enforcement.review.catalogue;

import java.util.List;

/** The answer to "is this draft major?" with the catalogue version and the criteria that matched (L-GATE). */
public record Classification(boolean major, int catalogueVersion, List<Criterion> criteria) {
}
