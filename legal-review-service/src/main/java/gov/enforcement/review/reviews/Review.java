package gov.enforcement.review.reviews;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One review of one draft (法制审核), as stored. {@code submitted}: the materials and the declaration are in
 * (L-RESPONSIBILITY); {@code pausedOn}: the day the clock stopped for supplementary materials (PAUSED);
 * {@code opinionNumber}: the number of its written opinion.
 */
public record Review(UUID reviewId, UUID caseId, String agency, String draftHash, int revision, UUID previousReviewId,
                     ReviewStatus status, String submitter, String reviewer, LocalDate openedOn, LocalDate dueOn,
                     String calendarVersion, boolean extended, LocalDate overdueRaisedOn, boolean discussed,
                     boolean submitted, LocalDate pausedOn, String opinionNumber) {

    /** A review as opened: nothing submitted, never paused, no opinion. */
    public Review(UUID reviewId, UUID caseId, String agency, String draftHash, int revision, UUID previousReviewId,
                  ReviewStatus status, String submitter, String reviewer, LocalDate openedOn, LocalDate dueOn,
                  String calendarVersion, boolean extended, LocalDate overdueRaisedOn, boolean discussed) {
        this(reviewId, caseId, agency, draftHash, revision, previousReviewId, status, submitter, reviewer, openedOn, dueOn,
                calendarVersion, extended, overdueRaisedOn, discussed, false, null, null);
    }

    public Review withStatus(ReviewStatus next, String nextReviewer) {
        return new Review(reviewId, caseId, agency, draftHash, revision, previousReviewId, next, submitter, nextReviewer,
                openedOn, dueOn, calendarVersion, extended, overdueRaisedOn, discussed, submitted, pausedOn, opinionNumber);
    }

    public Review extendedTo(LocalDate newDueOn, String newCalendarVersion) {
        return new Review(reviewId, caseId, agency, draftHash, revision, previousReviewId, status, submitter, reviewer,
                openedOn, newDueOn, newCalendarVersion, true, overdueRaisedOn, discussed, submitted, pausedOn, opinionNumber);
    }

    public Review overdueRaised(LocalDate on) {
        return new Review(reviewId, caseId, agency, draftHash, revision, previousReviewId, status, submitter, reviewer,
                openedOn, dueOn, calendarVersion, extended, on, discussed, submitted, pausedOn, opinionNumber);
    }

    public Review discussedCollectively() {
        return new Review(reviewId, caseId, agency, draftHash, revision, previousReviewId, status, submitter, reviewer,
                openedOn, dueOn, calendarVersion, extended, overdueRaisedOn, true, submitted, pausedOn, opinionNumber);
    }

    /** The materials are in; a paused review runs again to its new last day. */
    public Review submittedUntil(LocalDate newDueOn, String newCalendarVersion) {
        ReviewStatus running = status == ReviewStatus.PAUSED ? (reviewer == null ? ReviewStatus.OPEN : ReviewStatus.ASSIGNED)
                : status;
        return new Review(reviewId, caseId, agency, draftHash, revision, previousReviewId, running, submitter, reviewer,
                openedOn, newDueOn, newCalendarVersion, extended, overdueRaisedOn, discussed, true, null, opinionNumber);
    }

    /** The clock stops until the submitter supplements the materials. */
    public Review pausedOn(LocalDate on) {
        return new Review(reviewId, caseId, agency, draftHash, revision, previousReviewId, ReviewStatus.PAUSED, submitter,
                reviewer, openedOn, dueOn, calendarVersion, extended, overdueRaisedOn, discussed, submitted, on, opinionNumber);
    }

    public Review numbered(String number) {
        return new Review(reviewId, caseId, agency, draftHash, revision, previousReviewId, status, submitter, reviewer,
                openedOn, dueOn, calendarVersion, extended, overdueRaisedOn, discussed, submitted, pausedOn, number);
    }
}
