package gov.enforcement.review.reviews;

import java.util.List;

/** A review as the API shows it: its state, whether it is overdue today (L-TIME), and its history. */
public record ReviewView(Review review, boolean overdue, List<ReviewStore.HistoryEntry> history) {
}
