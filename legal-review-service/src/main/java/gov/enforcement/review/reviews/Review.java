package gov.enforcement.review.reviews;

import java.time.LocalDate;
import java.util.UUID;

/** One review of one draft (法制审核), as stored. */
public record Review(UUID reviewId, UUID caseId, String agency, String draftHash, int revision, UUID previousReviewId,
                     ReviewStatus status, String submitter, String reviewer, LocalDate openedOn, LocalDate dueOn,
                     String calendarVersion, boolean extended, LocalDate overdueRaisedOn, boolean discussed) {

    public Review withStatus(ReviewStatus next, String nextReviewer) {
        return new Review(reviewId, caseId, agency, draftHash, revision, previousReviewId, next, submitter, nextReviewer,
                openedOn, dueOn, calendarVersion, extended, overdueRaisedOn, discussed);
    }

    public Review extendedTo(LocalDate newDueOn, String newCalendarVersion) {
        return new Review(reviewId, caseId, agency, draftHash, revision, previousReviewId, status, submitter, reviewer,
                openedOn, newDueOn, newCalendarVersion, true, overdueRaisedOn, discussed);
    }

    public Review overdueRaised(LocalDate on) {
        return new Review(reviewId, caseId, agency, draftHash, revision, previousReviewId, status, submitter, reviewer,
                openedOn, dueOn, calendarVersion, extended, on, discussed);
    }

    public Review discussedCollectively() {
        return new Review(reviewId, caseId, agency, draftHash, revision, previousReviewId, status, submitter, reviewer,
                openedOn, dueOn, calendarVersion, extended, overdueRaisedOn, true);
    }
}
