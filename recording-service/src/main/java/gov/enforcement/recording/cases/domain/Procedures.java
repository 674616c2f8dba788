package gov.enforcement.recording.cases.domain;

import gov.enforcement.recording.cases.domain.CaseEvent.AudioVisualRecorded;
import gov.enforcement.recording.cases.domain.CaseEvent.CaseArchived;
import gov.enforcement.recording.cases.domain.CaseEvent.CaseClosed;
import gov.enforcement.recording.cases.domain.CaseEvent.CaseRegistered;
import gov.enforcement.recording.cases.domain.CaseEvent.CaseTransferred;
import gov.enforcement.recording.cases.domain.CaseEvent.CollectiveDiscussionHeld;
import gov.enforcement.recording.cases.domain.CaseEvent.CoordinationResolved;
import gov.enforcement.recording.cases.domain.CaseEvent.CredentialsShown;
import gov.enforcement.recording.cases.domain.CaseEvent.DecisionClassified;
import gov.enforcement.recording.cases.domain.CaseEvent.DecisionConfirmedIllegal;
import gov.enforcement.recording.cases.domain.CaseEvent.DecisionDrafted;
import gov.enforcement.recording.cases.domain.CaseEvent.DecisionExecuted;
import gov.enforcement.recording.cases.domain.CaseEvent.DecisionIssued;
import gov.enforcement.recording.cases.domain.CaseEvent.DecisionOrderedRemade;
import gov.enforcement.recording.cases.domain.CaseEvent.DecisionRevoked;
import gov.enforcement.recording.cases.domain.CaseEvent.DisclosureCorrected;
import gov.enforcement.recording.cases.domain.CaseEvent.DisclosurePublished;
import gov.enforcement.recording.cases.domain.CaseEvent.DisclosureWithdrawn;
import gov.enforcement.recording.cases.domain.CaseEvent.DocumentServed;
import gov.enforcement.recording.cases.domain.CaseEvent.EvidenceRecorded;
import gov.enforcement.recording.cases.domain.CaseEvent.HearingHeld;
import gov.enforcement.recording.cases.domain.CaseEvent.HearingRequested;
import gov.enforcement.recording.cases.domain.CaseEvent.InterferenceRecorded;
import gov.enforcement.recording.cases.domain.CaseEvent.InvestigationRecorded;
import gov.enforcement.recording.cases.domain.CaseEvent.OfficersAssigned;
import gov.enforcement.recording.cases.domain.CaseEvent.ReviewOpinionGiven;
import gov.enforcement.recording.cases.domain.CaseEvent.RightsNotified;
import gov.enforcement.recording.cases.domain.DefenceEvent.DefenceReChecked;
import gov.enforcement.recording.cases.domain.DefenceEvent.HearingNotified;
import gov.enforcement.recording.cases.domain.DefenceEvent.HearingWaived;
import gov.enforcement.recording.cases.domain.DefenceEvent.RecusalDecided;
import gov.enforcement.recording.cases.domain.DefenceEvent.StatementAndDefenceRecorded;
import gov.enforcement.recording.cases.domain.DefenceEvent.TimeLimitExtended;
import gov.enforcement.recording.cases.domain.ExecutionEvent.CourtEnforcementApplied;
import gov.enforcement.recording.cases.domain.ExecutionEvent.CourtEnforcementConcluded;
import gov.enforcement.recording.cases.domain.ExecutionEvent.ExecutionTerminated;
import gov.enforcement.recording.cases.domain.ExecutionEvent.LatePaymentSurchargeAssessed;
import gov.enforcement.recording.cases.domain.ExecutionEvent.PaymentDeferred;
import gov.enforcement.recording.cases.domain.ExecutionEvent.PaymentNoticeIssued;
import gov.enforcement.recording.cases.domain.ExecutionEvent.PaymentReceived;
import gov.enforcement.recording.cases.domain.OutcomeEvent.CaseWithdrawn;
import gov.enforcement.recording.cases.domain.OutcomeEvent.DecisionChanged;
import gov.enforcement.recording.cases.domain.OutcomeEvent.OnTheSpotDecisionFiled;
import gov.enforcement.recording.cases.domain.OutcomeEvent.OnTheSpotDecisionMade;

import gov.enforcement.recording.cases.domain.CoercionEvent.CoerciveExecutionCarriedOut;
import gov.enforcement.recording.cases.domain.CoercionEvent.ExecutionDemanded;
import gov.enforcement.recording.cases.domain.CoercionEvent.PropertySealed;
import gov.enforcement.recording.cases.domain.CoercionEvent.SealingEnded;
import gov.enforcement.recording.cases.domain.CoercionEvent.SealingExtended;
import gov.enforcement.recording.cases.domain.InspectionEvent.InspectionConcluded;
import gov.enforcement.recording.cases.domain.LicensingEvent.ApplicationHandled;
import gov.enforcement.recording.cases.domain.LicensingEvent.CorrectionRequested;
import gov.enforcement.recording.cases.domain.LicensingEvent.CorrectionSupplied;
import gov.enforcement.recording.cases.domain.LicensingEvent.LicenceAltered;
import gov.enforcement.recording.cases.domain.LicensingEvent.LicenceCertificateIssued;
import gov.enforcement.recording.cases.domain.LicensingEvent.LicenceDecided;
import gov.enforcement.recording.cases.domain.Progress.Decided;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static gov.enforcement.recording.cases.domain.CaseStatus.ARCHIVED;
import static gov.enforcement.recording.cases.domain.CaseStatus.CLOSED;
import static gov.enforcement.recording.cases.domain.CaseStatus.DECIDED;
import static gov.enforcement.recording.cases.domain.CaseStatus.DECISION_DRAFTED;
import static gov.enforcement.recording.cases.domain.CaseStatus.EXECUTED;
import static gov.enforcement.recording.cases.domain.CaseStatus.HEARING;
import static gov.enforcement.recording.cases.domain.CaseStatus.INVESTIGATING;
import static gov.enforcement.recording.cases.domain.CaseStatus.REGISTERED;
import static gov.enforcement.recording.cases.domain.CaseStatus.RIGHTS_NOTIFIED;
import static gov.enforcement.recording.cases.domain.CaseStatus.SERVED;
import static gov.enforcement.recording.cases.domain.CaseStatus.TRANSFERRED;
import static gov.enforcement.recording.cases.domain.StepRule.in;
import static gov.enforcement.recording.cases.domain.StepRule.inStatus;
import static gov.enforcement.recording.cases.domain.StepRule.when;

/**
 * X-SEQ, per procedure (DOMAIN.md §2, §7): the table of each. The general penalty procedure is written out in
 * full; the others start from it and say where they differ, so that the differences are what one reads.
 */
public final class Procedures {

    private static final Predicate<CaseState> COLLECTING = inStatus(REGISTERED, INVESTIGATING, RIGHTS_NOTIFIED,
            HEARING, DECISION_DRAFTED);
    private static final Predicate<CaseState> HAS_DRAFT = state -> state.draft() != null;
    private static final Predicate<CaseState> HAS_DECISION = state -> state.issued() != null;
    /** P-REDECIDE: a decision changed, revoked, confirmed illegal or ordered remade, and none made since. */
    private static final Predicate<CaseState> REDECIDING = state -> state.issued() != null
            && state.progress().decided() == null && state.status() != TRANSFERRED && state.status() != ARCHIVED;
    /** P-EXECUTE: a served decision with a fine still to be paid or enforced. */
    private static final Predicate<CaseState> OWED = state -> state.status() == SERVED
            && state.progress().execution().fine() != null && !state.progress().execution().ended();
    /** Served, and nothing to execute: a warning, a no-penalty decision, a licence handed over. */
    private static final Predicate<CaseState> NOTHING_TO_EXECUTE = state -> state.status() == SERVED
            && state.progress().decided() != null && state.progress().decided().fine() == null;
    /** A decision that ended the case without anything to serve: not accepted, or refused. */
    private static final Predicate<CaseState> ENDED_UNSERVED = state -> state.progress().decided() != null
            && (state.progress().decided().kind() == Decided.Kind.NOT_ACCEPTED
            || state.progress().decided().kind() == Decided.Kind.LICENCE_REFUSED);
    private static final Predicate<CaseState> NOT_NO_PENALTY = state -> state.progress().decided() == null
            || state.progress().decided().kind() != Decided.Kind.NO_PENALTY;
    /** P-COERCE: a served decision the party has not complied with, and no demand made yet. */
    private static final Predicate<CaseState> DEMANDABLE = state -> state.status() == SERVED
            && !state.progress().execution().ended() && state.progress().sealing().complyBy() == null;
    private static final Predicate<CaseState> DEMANDED = state -> state.status() == SERVED
            && !state.progress().execution().ended() && state.progress().sealing().complyBy() != null;
    private static final Predicate<CaseState> SEALED = state -> state.progress().sealing().active();

    /** Steps only other services' events put into the stream (L-ARCHIVE); an officer cannot append them. */
    static final Set<Class<? extends CaseEvent>> FROM_OTHER_SERVICES = Set.of(DecisionClassified.class,
            ReviewOpinionGiven.class, CoordinationResolved.class, CollectiveDiscussionHeld.class,
            DisclosurePublished.class, DisclosureCorrected.class, DisclosureWithdrawn.class);

    /** The steps an officer appends, by name, in the order the sealed hierarchy lists them. */
    public static final java.util.List<String> OFFICER_STEPS = ProcedureTable.allEventTypes().stream()
            .filter(type -> !FROM_OTHER_SERVICES.contains(type) && type != CaseRegistered.class)
            .map(type -> CaseEventTypes.typeOf(type).name()).toList();

    private static final ProcedureTable.Builder GENERAL = ProcedureTable.builder()
            .without(CaseRegistered.class) // registration is its own command, the first of every stream
            .step(OfficersAssigned.class, in(REGISTERED, INVESTIGATING))
            .step(CredentialsShown.class, when(COLLECTING.or(inStatus(DECIDED))))
            .step(InvestigationRecorded.class, in(REGISTERED, INVESTIGATING).to(INVESTIGATING))
            .step(EvidenceRecorded.class, when(COLLECTING).to(s -> s.status() == REGISTERED ? INVESTIGATING : s.status()))
            .step(AudioVisualRecorded.class, when(s -> s.status() != TRANSFERRED && !s.status().isAtLeast(ARCHIVED)))
            .step(RecusalDecided.class, when(COLLECTING))
            .step(TimeLimitExtended.class, when(COLLECTING))
            .step(RightsNotified.class, in(INVESTIGATING).to(RIGHTS_NOTIFIED))
            .step(StatementAndDefenceRecorded.class, in(RIGHTS_NOTIFIED, HEARING))
            .step(DefenceReChecked.class, when(inStatus(RIGHTS_NOTIFIED, HEARING)
                    .and(s -> s.progress().defence().statementAwaitsReCheck())))
            .step(HearingRequested.class, when(inStatus(RIGHTS_NOTIFIED).and(s -> !s.hearingRequested())).to(HEARING))
            .step(HearingNotified.class, when(inStatus(HEARING).and(s -> !s.hearingHeld()
                    && !s.progress().defence().hearingNotified())))
            .step(HearingHeld.class, when(inStatus(HEARING).and(s -> !s.hearingHeld())))
            .step(HearingWaived.class, when(inStatus(RIGHTS_NOTIFIED).and(s -> !s.hearingRequested())
                    .or(inStatus(HEARING).and(s -> !s.hearingHeld()))).to(RIGHTS_NOTIFIED))
            // a no-penalty draft may follow the investigation directly; CaseDecider keeps penalties to X-SEQ's order
            .step(DecisionDrafted.class, in(INVESTIGATING, RIGHTS_NOTIFIED, DECISION_DRAFTED)
                    .or(inStatus(HEARING).and(CaseState::hearingHeld)).or(REDECIDING).to(DECISION_DRAFTED))
            .step(DecisionClassified.class, when(HAS_DRAFT))
            .step(ReviewOpinionGiven.class, when(HAS_DRAFT))
            .step(CoordinationResolved.class, when(HAS_DRAFT))
            .step(CollectiveDiscussionHeld.class, when(HAS_DRAFT))
            .step(DecisionIssued.class, in(DECISION_DRAFTED).to(DECIDED))
            .step(DocumentServed.class, in(DECIDED).to(SERVED))
            .step(PaymentNoticeIssued.class, when(OWED))
            .step(PaymentDeferred.class, when(OWED))
            .step(PaymentReceived.class, when(OWED))
            .step(LatePaymentSurchargeAssessed.class, when(OWED))
            .step(CourtEnforcementApplied.class, when(OWED.and(s -> !s.progress().execution().courtPending())))
            .step(CourtEnforcementConcluded.class, when(OWED.and(s -> s.progress().execution().courtPending())))
            .step(ExecutionTerminated.class, when(OWED))
            .step(DecisionExecuted.class, when(inStatus(SERVED).and(NOT_NO_PENALTY)).to(EXECUTED))
            .step(PropertySealed.class, when(COLLECTING.and(SEALED.negate())).to(s -> s.status() == REGISTERED ? INVESTIGATING : s.status()))
            .step(SealingExtended.class, when(SEALED.and(s -> !s.progress().sealing().extended())))
            .step(SealingEnded.class, when(SEALED))
            .step(ExecutionDemanded.class, when(DEMANDABLE))
            .step(CoerciveExecutionCarriedOut.class, when(DEMANDED))
            .step(CaseWithdrawn.class, when(COLLECTING).to(CLOSED))
            .step(CaseTransferred.class, when(COLLECTING).to(TRANSFERRED))
            .step(CaseClosed.class, when(inStatus(EXECUTED, TRANSFERRED).or(NOTHING_TO_EXECUTE)).to(CLOSED))
            .step(CaseArchived.class, in(CLOSED).to(ARCHIVED))
            .step(DecisionRevoked.class, when(HAS_DECISION))
            .step(DecisionConfirmedIllegal.class, when(HAS_DECISION))
            .step(DecisionOrderedRemade.class, when(HAS_DECISION))
            .step(DecisionChanged.class, when(HAS_DECISION))
            .step(DisclosurePublished.class, when(HAS_DECISION))
            .step(DisclosureCorrected.class, when(HAS_DECISION))
            .step(DisclosureWithdrawn.class, when(HAS_DECISION))
            .step(InterferenceRecorded.class, when(state -> true))
            .without(OnTheSpotDecisionMade.class, OnTheSpotDecisionFiled.class, ApplicationHandled.class,
                    CorrectionRequested.class, CorrectionSupplied.class, LicenceDecided.class,
                    LicenceCertificateIssued.class, LicenceAltered.class, InspectionConcluded.class);

    /** P-SIMPLE: decided on the spot and handed over at once, then filed; no draft, review or hearing. */
    private static final ProcedureTable.Builder SIMPLIFIED = GENERAL.copy()
            .step(OfficersAssigned.class, in(REGISTERED))
            .step(CredentialsShown.class, in(REGISTERED))
            .step(EvidenceRecorded.class, in(REGISTERED))
            .step(RightsNotified.class, in(REGISTERED))
            .step(StatementAndDefenceRecorded.class, in(REGISTERED))
            .step(RecusalDecided.class, in(REGISTERED))
            .step(OnTheSpotDecisionMade.class, in(REGISTERED).to(SERVED))
            .step(OnTheSpotDecisionFiled.class, when(s -> s.progress().isOnTheSpot() && !s.progress().decided().filed()))
            .step(CaseWithdrawn.class, in(REGISTERED).to(CLOSED))
            .step(CaseTransferred.class, in(REGISTERED).to(TRANSFERRED))
            .without(InvestigationRecorded.class, TimeLimitExtended.class, DefenceReChecked.class,
                    HearingRequested.class, HearingNotified.class, HearingHeld.class, HearingWaived.class,
                    DecisionDrafted.class, DecisionClassified.class, ReviewOpinionGiven.class,
                    CoordinationResolved.class, CollectiveDiscussionHeld.class, DecisionIssued.class,
                    DocumentServed.class, PropertySealed.class, SealingExtended.class, SealingEnded.class,
                    ExecutionDemanded.class, CoerciveExecutionCarriedOut.class);

    /** Other actions are decided without the penalty procedure's notice of rights. */
    private static final ProcedureTable.Builder OTHER = GENERAL.copy()
            .step(DecisionDrafted.class, in(INVESTIGATING, RIGHTS_NOTIFIED, DECISION_DRAFTED)
                    .or(inStatus(HEARING).and(CaseState::hearingHeld)).or(REDECIDING).to(DECISION_DRAFTED));

    /** P-INSPECT: an inspection records its result and may close on it, without any decision. */
    private static final ProcedureTable.Builder INSPECTIONS = OTHER.copy()
            .step(InspectionConcluded.class, in(INVESTIGATING))
            .step(CaseClosed.class, when(inStatus(EXECUTED, TRANSFERRED, INVESTIGATING).or(NOTHING_TO_EXECUTE)).to(CLOSED));

    /**
     * P-LICENSE: received (registered), accepted or not, corrected once, examined, granted or refused, the
     * certificate handed over; renewed, changed, revoked or cancelled later while the case is open.
     */
    private static final ProcedureTable.Builder LICENCES = OTHER.copy()
            .step(CorrectionRequested.class, when(inStatus(REGISTERED).and(s -> s.progress().licence().acceptance() == null)))
            .step(CorrectionSupplied.class, when(s -> s.progress().licence().correctionPending()))
            .step(ApplicationHandled.class, when(inStatus(REGISTERED).and(s -> s.progress().licence().acceptance() == null
                    && !s.progress().licence().correctionPending())))
            // a drafted licence decision passes the legal-review gate first (ProcedureRules)
            .step(LicenceDecided.class, in(INVESTIGATING, DECISION_DRAFTED).to(DECIDED))
            .step(LicenceCertificateIssued.class, when(inStatus(DECIDED).and(s -> s.progress().licence().inForce()
                    && !s.progress().licence().certificateIssued())).to(SERVED))
            .step(LicenceAltered.class, when(inStatus(SERVED, CLOSED).and(s -> s.progress().licence().inForce())))
            .step(CaseClosed.class, when(inStatus(EXECUTED, TRANSFERRED).or(NOTHING_TO_EXECUTE).or(ENDED_UNSERVED)).to(CLOSED));

    private static final Map<Procedure, ProcedureTable> TABLES = tables();

    private Procedures() {
    }

    private static Map<Procedure, ProcedureTable> tables() {
        Map<Procedure, ProcedureTable> tables = new EnumMap<>(Procedure.class);
        tables.put(Procedure.GENERAL_PENALTY, GENERAL.build(Procedure.GENERAL_PENALTY));
        tables.put(Procedure.SIMPLIFIED_PENALTY, SIMPLIFIED.build(Procedure.SIMPLIFIED_PENALTY));
        tables.put(Procedure.COERCIVE_MEASURE, GENERAL.build(Procedure.COERCIVE_MEASURE));
        tables.put(Procedure.LICENSING, LICENCES.build(Procedure.LICENSING));
        tables.put(Procedure.INSPECTION, INSPECTIONS.build(Procedure.INSPECTION));
        tables.put(Procedure.OTHER_ACTION, OTHER.build(Procedure.OTHER_ACTION));
        return Map.copyOf(tables);
    }

    /** The table of a procedure; every procedure has one. */
    public static ProcedureTable of(Procedure procedure) {
        return TABLES.get(procedure);
    }

    /** Whether a step of this type may be recorded now. */
    public static boolean permits(CaseState state, Class<? extends CaseEvent> type) {
        return of(state.procedure()).ruleFor(type).allowedWhen().test(state);
    }

    /** The officer steps allowed now, by name, for the error that names them. */
    public static java.util.List<String> allowedNext(CaseState state) {
        return of(state.procedure()).steps().stream()
                .filter(type -> !FROM_OTHER_SERVICES.contains(type) && type != AudioVisualRecorded.class)
                .filter(type -> permits(state, type))
                .map(type -> CaseEventTypes.typeOf(type).name()).toList();
    }

    /** The status a recorded step leads to. */
    static CaseStatus statusAfter(CaseState state, CaseEvent event) {
        return of(state.procedure()).ruleFor(event.getClass()).statusAfter().apply(state);
    }
}
