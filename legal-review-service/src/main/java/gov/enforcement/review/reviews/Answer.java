package gov.enforcement.review.reviews;

/** The undertaking unit's answer to one raised problem, with the problem it answers. */
public record Answer(int problem, String text, String answer) {
}
