package gov.enforcement.recording.cases.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The steps of a case's stream, as facts in the past tense (DOMAIN.md §2). Who recorded a step and when
 * is kept beside each event (metadata, recorded_at), so the data holds only what the step says.
 */
public sealed interface CaseEvent permits CaseEvent.CaseRegistered, CaseEvent.OfficersAssigned,
        CaseEvent.CredentialsShown, CaseEvent.InvestigationRecorded, CaseEvent.EvidenceRecorded,
        CaseEvent.AudioVisualRecorded, CaseEvent.RightsNotified, CaseEvent.HearingRequested, CaseEvent.HearingHeld,
        CaseEvent.DecisionDrafted, CaseEvent.DecisionClassified, CaseEvent.ReviewOpinionGiven,
        CaseEvent.CoordinationResolved, CaseEvent.CollectiveDiscussionHeld, CaseEvent.DecisionIssued,
        CaseEvent.DocumentServed, CaseEvent.DecisionExecuted, CaseEvent.CaseClosed, CaseEvent.CaseArchived,
        CaseEvent.DecisionRevoked, CaseEvent.DecisionConfirmedIllegal, CaseEvent.DecisionOrderedRemade,
        CaseEvent.CaseTransferred, CaseEvent.InterferenceRecorded, CaseEvent.DisclosurePublished,
        CaseEvent.DisclosureCorrected, CaseEvent.DisclosureWithdrawn,
        OutcomeEvent, DefenceEvent, ExecutionEvent, LicensingEvent, CoercionEvent, InspectionEvent {

    /**
     * 立案: the case exists, with its number, from this moment on; {@code procedure} is null in cases registered
     * before procedures were named, which run under their category's default. {@code matterCode} (P-MASTER) is the
     * matter's code in the agency's powers list (D-PRE-POWERS), null where the registration named the matter by text.
     */
    record CaseRegistered(UUID caseId, String caseNumber, String agency, String unit, CaseCategory category,
                          String matter, List<Party> parties, List<Officer> officers,
                          OffsetDateTime registeredAt, String registeredBy, Procedure procedure, String matterCode,
                          MatterProfile profile)
            implements CaseEvent {

        /** A registration as recorded before matters were coded. */
        public CaseRegistered(UUID caseId, String caseNumber, String agency, String unit, CaseCategory category,
                              String matter, List<Party> parties, List<Officer> officers,
                              OffsetDateTime registeredAt, String registeredBy, Procedure procedure) {
            this(caseId, caseNumber, agency, unit, category, matter, parties, officers, registeredAt, registeredBy,
                    procedure, null, null);
        }

        /** The matter's profile in force at registration; the laws' defaults for cases recorded before profiles. */
        public MatterProfile profileOrDefaults() {
            return MatterProfile.orDefaults(profile);
        }

        /** The procedure the case runs under, named or by default. */
        public Procedure procedureOrDefault() {
            return procedure != null ? procedure : Procedure.defaultFor(category);
        }
    }

    /** The officers who handle the case. */
    record OfficersAssigned(List<Officer> officers) implements CaseEvent {
    }

    /** D-MID-CREDENTIALS: which certificates were shown, to whom, when. */
    record CredentialsShown(List<String> certificates, String shownTo, OffsetDateTime shownAt, String place)
            implements CaseEvent {
    }

    /** An on-site inspection, investigation or inquiry (X-TWO: two qualified officers). */
    record InvestigationRecorded(String kind, List<String> certificates, String place, OffsetDateTime startedAt,
                                 OffsetDateTime endedAt, String summary) implements CaseEvent {
    }

    /** A piece of evidence collected (X-TWO). */
    record EvidenceRecorded(UUID evidenceId, String kind, String description, List<String> certificates,
                            OffsetDateTime collectedAt, String sha256) implements CaseEvent {
    }

    /** R-AV: an audio-visual record's metadata; the content is in the blob store under its hash. */
    record AudioVisualRecorded(UUID evidenceId, String kind, String device, String certificate, String forStep,
                               OffsetDateTime startedAt, OffsetDateTime endedAt, String place, String sha256,
                               Long size, String mediaType) implements CaseEvent {
    }

    /** D-MID-RIGHTS: the party was told the reason, legal basis, rights and duties, and how. */
    record RightsNotified(String reason, String legalBasis, List<String> rights, String method,
                          OffsetDateTime notifiedAt) implements CaseEvent {
    }

    /** The party asked for a hearing (听证). */
    record HearingRequested(String requestedBy, OffsetDateTime requestedAt) implements CaseEvent {
    }

    /**
     * The hearing took place (P-HEARING); {@code hostCertificate}, null in hearings recorded before it was kept,
     * is the host's enforcement certificate, which may not be an investigator's (X-SEPARATE).
     */
    record HearingHeld(OffsetDateTime heldAt, String host, List<String> participants, String summary,
                       String hostCertificate) implements CaseEvent {
    }

    /**
     * A decision drafted (拟决定); {@code draftHash} identifies exactly this text for legal review (L-GATE);
     * {@code draftedBy}, the drafting officer's subject, is set by the server (X-SEPARATE, L-RESPONSIBILITY) and
     * is null in drafts recorded before it was. {@code penaltyKinds} (P-MASTER, Penalty Law art 9) is null in drafts
     * that name none.
     */
    record DecisionDrafted(int revision, String decisionType, String facts, String legalBasis,
                           String discretionBenchmark, String discretionReasons, BigDecimal fineAmount,
                           BigDecimal confiscationAmount, boolean licenceRevoked, boolean businessClosed,
                           List<String> declaredFlags, boolean afterHearing, String draftHash, String draftedBy,
                           DecisionOutcome outcome, NoPenaltyGround noPenaltyGround, List<PenaltyKind> penaltyKinds,
                           String discretionBenchmarkCode)
            implements CaseEvent {

        /** A draft as recorded before it could cite a published discretion benchmark by code. */
        public DecisionDrafted(int revision, String decisionType, String facts, String legalBasis,
                               String discretionBenchmark, String discretionReasons, BigDecimal fineAmount,
                               BigDecimal confiscationAmount, boolean licenceRevoked, boolean businessClosed,
                               List<String> declaredFlags, boolean afterHearing, String draftHash, String draftedBy,
                               DecisionOutcome outcome, NoPenaltyGround noPenaltyGround, List<PenaltyKind> penaltyKinds) {
            this(revision, decisionType, facts, legalBasis, discretionBenchmark, discretionReasons, fineAmount,
                    confiscationAmount, licenceRevoked, businessClosed, declaredFlags, afterHearing, draftHash, draftedBy,
                    outcome, noPenaltyGround, penaltyKinds, null);
        }

        /** A draft as recorded before penalty kinds were kept. */
        public DecisionDrafted(int revision, String decisionType, String facts, String legalBasis,
                               String discretionBenchmark, String discretionReasons, BigDecimal fineAmount,
                               BigDecimal confiscationAmount, boolean licenceRevoked, boolean businessClosed,
                               List<String> declaredFlags, boolean afterHearing, String draftHash, String draftedBy,
                               DecisionOutcome outcome, NoPenaltyGround noPenaltyGround) {
            this(revision, decisionType, facts, legalBasis, discretionBenchmark, discretionReasons, fineAmount,
                    confiscationAmount, licenceRevoked, businessClosed, declaredFlags, afterHearing, draftHash, draftedBy,
                    outcome, noPenaltyGround, null);
        }

        /** A draft as an officer sends it, before the server completes it. */
        public DecisionDrafted(int revision, String decisionType, String facts, String legalBasis,
                               String discretionBenchmark, String discretionReasons, BigDecimal fineAmount,
                               BigDecimal confiscationAmount, boolean licenceRevoked, boolean businessClosed,
                               List<String> declaredFlags, boolean afterHearing, String draftHash) {
            this(revision, decisionType, facts, legalBasis, discretionBenchmark, discretionReasons, fineAmount,
                    confiscationAmount, licenceRevoked, businessClosed, declaredFlags, afterHearing, draftHash, null,
                    null, null, null);
        }

        /** What the draft decides: drafts recorded before outcomes were named are penalties. */
        public DecisionOutcome outcomeOrDefault() {
            return outcome != null ? outcome : DecisionOutcome.PENALTY;
        }
    }

    /** P-OUTCOME: what a drafted decision decides. */
    enum DecisionOutcome { PENALTY, NO_PENALTY }

    /** P-OUTCOME: why no penalty is imposed (Penalty Law art 33, 57). */
    enum NoPenaltyGround { MINOR_AND_CORRECTED, FIRST_MINOR_VIOLATION, NO_FAULT, FACTS_NOT_ESTABLISHED }

    /** L-CATALOGUE, recorded from legal review: whether the draft with this hash is major, and why. */
    record DecisionClassified(String draftHash, boolean major, String catalogueVersion, List<String> criteria)
            implements CaseEvent {
    }

    /**
     * L-OPINION, recorded from legal review with every field its signature covers (L-ARCHIVE), so the archive
     * verifier checks it offline: {@code givenAt} verbatim as signed (a string, never re-formatted), the {@code keyId}
     * of the published key, and the opinion's document number. The three are null in facts recorded before they were
     * kept. {@code signedOffBy}: the head reviewer of a two-level sign-off, also signed; null without one.
     */
    record ReviewOpinionGiven(UUID reviewId, String draftHash, String outcome, List<ReviewItem> items,
                              String problems, String reviewer, String signature, String givenAt, String keyId,
                              String opinionNumber, String signedOffBy) implements CaseEvent {

        /** An opinion as facts recorded it before the signed fields were kept. */
        public ReviewOpinionGiven(UUID reviewId, String draftHash, String outcome, List<ReviewItem> items,
                                  String problems, String reviewer, String signature) {
            this(reviewId, draftHash, outcome, items, problems, reviewer, signature, null, null, null, null);
        }
    }

    /** One checklist item of an opinion (L-ITEMS). */
    record ReviewItem(String item, boolean passed, String comment) {
    }

    /** L-COORDINATE, recorded from legal review; {@code disagreement} is null in facts recorded before it was kept. */
    record CoordinationResolved(UUID reviewId, String draftHash, String outcome, String disagreement)
            implements CaseEvent {
    }

    /** L-COLLECTIVE, recorded from legal review. */
    record CollectiveDiscussionHeld(String draftHash, LocalDate heldOn, List<String> participants, String outcome)
            implements CaseEvent {
    }

    /** 决定: the decision issued from the current draft, under the L-GATE. */
    record DecisionIssued(String documentNumber, String draftHash, LocalDate decidedOn) implements CaseEvent {
    }

    /** 送达. */
    record DocumentServed(String document, String method, String servedTo, OffsetDateTime servedAt)
            implements CaseEvent {
    }

    /** 执行. */
    record DecisionExecuted(String how, BigDecimal amountPaid, OffsetDateTime executedAt) implements CaseEvent {
    }

    /** 结案. */
    record CaseClosed(String summary, OffsetDateTime closedAt) implements CaseEvent {
    }

    /** R-ARCHIVE: 归档, with a retention class. */
    record CaseArchived(String retentionClass, int retentionYears) implements CaseEvent {
    }

    /** The decision was revoked (撤销); disclosure withdraws it (D-WITHDRAW). */
    record DecisionRevoked(String reason, String authority, LocalDate effectiveOn) implements CaseEvent {
    }

    /** The decision was confirmed illegal (确认违法). */
    record DecisionConfirmedIllegal(String reason, String authority, LocalDate effectiveOn) implements CaseEvent {
    }

    /** The agency was ordered to remake the decision (责令重新作出). */
    record DecisionOrderedRemade(String reason, String authority, LocalDate effectiveOn) implements CaseEvent {
    }

    /**
     * 移送 (P-OUTCOME): a suspected crime handed to judicial organs, or the case to a competent agency;
     * {@code recipient} is null in transfers recorded before it was kept, all of which went to judicial organs.
     */
    record CaseTransferred(String transferredTo, String reason, OffsetDateTime transferredAt, Recipient recipient)
            implements CaseEvent {

        public enum Recipient { JUDICIAL_ORGAN, AGENCY }
    }

    /** X-INTERFERE: someone outside the case asked about or pressed on it; never removable. */
    record InterferenceRecorded(String person, String position, String description, OffsetDateTime occurredAt)
            implements CaseEvent {
    }

    /** Recorded from disclosure: the decision was published (D-POST-7, D-POST-20). */
    record DisclosurePublished(UUID disclosureId, int disclosureVersion, OffsetDateTime at) implements CaseEvent {
    }

    /** Recorded from disclosure: the publication was corrected (D-CORRECT). */
    record DisclosureCorrected(UUID disclosureId, int disclosureVersion, String reason, OffsetDateTime at)
            implements CaseEvent {
    }

    /** Recorded from disclosure: the publication was withdrawn (D-WITHDRAW). */
    record DisclosureWithdrawn(UUID disclosureId, String reason, OffsetDateTime at) implements CaseEvent {
    }
}
