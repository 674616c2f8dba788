package gov.enforcement.review.reviews;

import gov.enforcement.platform.problem.Problems;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a queue read asks for: agency scope, statuses, overdue cut-off, the holder ({@code assignee}), one case, and a
 * page of at most {@link #MAX_SIZE} reviews.
 */
public record QueueFilter(String agency, List<String> statuses, LocalDate overdueBefore, String assignee, UUID caseId,
                          int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    /** Reads the paging parameters, refusing (400, naming the field) what is no page. */
    public static int page(String page) {
        return number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
    }

    public static int size(String size) {
        return number("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
    }

    public static UUID caseId(String caseId) {
        if (caseId == null || caseId.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(caseId.strip());
        } catch (IllegalArgumentException e) {
            throw Problems.invalidField("caseId", "must be a UUID, not " + caseId);
        }
    }

    private static int number(String field, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Problems.invalidField(field, "must be a whole number from " + min + " to " + max + ", not " + value);
    }
}
