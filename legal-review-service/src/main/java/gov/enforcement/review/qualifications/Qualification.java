package gov.enforcement.review.qualifications;

import java.time.LocalDate;

/** A reviewer's registered qualification at one agency: the certificate, its kind and the days it is valid on. */
public record Qualification(String subject, String agency, String certificateNumber, QualificationKind kind,
                            LocalDate validFrom, LocalDate validTo) {

    /** Whether the qualification holds on {@code day}; both ends count, an open end ({@code validTo} null) never ends. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
