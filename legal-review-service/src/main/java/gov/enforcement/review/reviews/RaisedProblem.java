package gov.enforcement.review.reviews;

/** A problem the reviewer raised, numbered within its review; the submitter answers it on resubmission. */
public record RaisedProblem(int number, String text) {
}
