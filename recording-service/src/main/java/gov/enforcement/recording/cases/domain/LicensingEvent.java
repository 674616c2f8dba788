package gov.enforcement.recording.cases.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * P-LICENSE: a licence from application to cancellation (Administrative Licensing Law). The case is registered when
 * the application is received; these are its steps.
 */
public sealed interface LicensingEvent extends CaseEvent {

    /** Whether the application is accepted for examination (art 32). */
    enum Acceptance { ACCEPTED, NOT_ACCEPTED }

    /**
     * The application accepted or not; {@code decideBy}, completed by the server, is 20 working days after
     * acceptance (art 42).
     */
    record ApplicationHandled(Acceptance acceptance, String reasons, OffsetDateTime handledAt, LocalDate decideBy)
            implements LicensingEvent {
    }

    /** 补正: everything missing, asked for once, within 5 days of receiving the application (art 32(4)). */
    record CorrectionRequested(List<String> missing, OffsetDateTime requestedAt) implements LicensingEvent {
    }

    /** The applicant supplied what was missing. */
    record CorrectionSupplied(OffsetDateTime suppliedAt) implements LicensingEvent {
    }

    /** The kinds of licence (art 12). */
    enum LicenceKind { GENERAL, FRANCHISE, RECOGNITION, APPROVAL, REGISTRATION, OTHER }

    /** Granted, with the licence's number, kind and validity; or refused, with reasons (art 38). */
    record LicenceDecided(boolean granted, String licenceNumber, LicenceKind kind, LocalDate validFrom,
                          LocalDate validTo, String reasons, LocalDate decidedOn) implements LicensingEvent {
    }

    /** The licence certificate issued to the applicant (10 days, art 44). */
    record LicenceCertificateIssued(String licenceNumber, LocalDate issuedOn) implements LicensingEvent {
    }

    /** What happens to a licence later: 延续, 变更, 撤销, 注销 (art 49–50, 69–70). */
    enum LicenceChange { RENEWED, CHANGED, REVOKED, CANCELLED }

    /** A granted licence renewed, changed, revoked or cancelled; {@code validTo} is the new end of a renewal. */
    record LicenceAltered(LicenceChange change, LocalDate validTo, String reason, LocalDate effectiveOn)
            implements LicensingEvent {
    }
}
