package gov.enforcement.review.reviews;

/** One check of an opinion: the item code, whether it passed, and the reviewer's comment. */
public record ItemResult(String item, Boolean passed, String comment) {
}
