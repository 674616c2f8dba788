package gov.enforcement.disclosure.search;

import gov.enforcement.disclosure.records.DecisionKind;
import gov.enforcement.platform.identity.CreditCode;
import gov.enforcement.platform.problem.Problem;
import gov.enforcement.platform.problem.Problems;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A public search, checked before it reaches the index: every parameter is bounded, so that no crafted query can
 * force a walk through a million published decisions (page depth, size, text length, date range, cursor length).
 * Paging goes on with {@code cursor} (the previous page's {@code next}); {@code page} stays for old links, bounded.
 */
public record SearchQuery(String agency, String category, String kind, String q, LocalDate from, LocalDate to, int page,
                          int size, SearchCursor cursor) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 100;
    public static final int MIN_Q = 2;
    public static final int MAX_Q = 50;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    static final Set<String> CATEGORIES = Set.of("LICENSING", "PENALTY", "COERCION", "INSPECTION", "LEVY", "OTHER");

    static final Set<String> KINDS = java.util.Arrays.stream(DecisionKind.values()).map(Enum::name)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A search of every kind of decision. */
    public static SearchQuery parse(String agency, String category, String q, String from, String to, String page,
                                    String size, String cursor) {
        return parse(agency, category, null, q, from, to, page, size, cursor);
    }

    /**
     * Parses the raw query parameters; any out-of-range value is a 400 problem listing every bad field. {@code kind}
     * (P-OUTCOME) tells a penalty from a no-penalty decision of the same category.
     */
    public static SearchQuery parse(String agency, String category, String kind, String q, String from, String to,
                                    String page, String size, String cursor) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (agency != null && !CreditCode.isValid(agency)) {
            errors.add(new Problem.FieldError("agency", "must be a valid 18-character unified social credit code"));
        }
        if (category != null && !CATEGORIES.contains(category)) {
            errors.add(new Problem.FieldError("category", "must be one of " + CATEGORIES.stream().sorted().toList()));
        }
        if (kind != null && !KINDS.contains(kind)) {
            errors.add(new Problem.FieldError("kind", "must be one of " + KINDS.stream().sorted().toList()));
        }
        String text = q == null ? null : q.strip();
        if (text != null) {
            int length = text.codePointCount(0, text.length());
            if (length < MIN_Q || length > MAX_Q) {
                errors.add(new Problem.FieldError("q", "must be " + MIN_Q + " to " + MAX_Q + " characters"));
            }
        }
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            errors.add(new Problem.FieldError("from", "must not be after to"));
        }
        int pageNumber = number("page", page, 1, 1, MAX_PAGE, errors);
        int pageSize = number("size", size, 20, 1, MAX_SIZE, errors);
        SearchCursor after = cursor(cursor, errors);
        if (after != null && pageNumber != 1) {
            errors.add(new Problem.FieldError("page", "must not be given with cursor: the cursor says where to go on"));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalidFields(errors);
        }
        return new SearchQuery(agency, category, kind, text, fromDate, toDate, pageNumber, pageSize, after);
    }

    public int offset() {
        return (page - 1) * size;
    }

    private static SearchCursor cursor(String value, List<Problem.FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return SearchCursor.decode(value);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            errors.add(new Problem.FieldError("cursor", "must be the next value of an earlier answer, unchanged"));
            return null;
        }
    }

    private static LocalDate date(String field, String value, List<Problem.FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                errors.add(new Problem.FieldError(field, "must be between " + EARLIEST + " and " + LATEST));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "must be a valid date (yyyy-mm-dd)"));
            return null;
        }
    }

    private static int number(String field, String value, int fallback, int min, int max, List<Problem.FieldError> errors) {
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                errors.add(new Problem.FieldError(field, "must be " + min + " to " + max));
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(field, "must be a whole number " + min + " to " + max));
            return fallback;
        }
    }
}
