package gov.enforcement.recording.cases.domain;

import java.util.List;

/**
 * P-LICENSE and P-COERCE: the rules of licensing's and coercive measures' own steps, beyond the order their
 * procedure's table gives them.
 */
final class MeasureRules {

    /** P-LICENSE: a licence is decided within 20 working days of acceptance (art 42). */
    static final int LICENCE_WORKING_DAYS = 20;
    /** P-COERCE: a sealing or seizure lasts at most 30 days, and may be extended once by 30 (art 25). */
    static final int SEALING_DAYS = 30;
    /** P-COERCE: a demand gives at least 10 days to comply (art 37). */
    static final int DEMAND_DAYS = 10;

    private MeasureRules() {
    }

    static void register(ProcedureRules.Registrar rules) {
        rules.on(LicensingEvent.CorrectionRequested.class, (step, state, context) -> {
            if (state.progress().licence().correctionRequested()) {
                throw RuleViolation.of("P-LICENSE", "missing", "a correction is asked for once, with everything missing"
                        + " (Administrative Licensing Law art 32(4)); it was asked for already");
            }
            return step;
        });
        rules.on(LicensingEvent.ApplicationHandled.class, MeasureRules::applicationHandled);
        rules.on(LicensingEvent.LicenceDecided.class, MeasureRules::licenceDecided);
        rules.on(CoercionEvent.PropertySealed.class, MeasureRules::sealed);
        rules.on(CoercionEvent.SealingExtended.class, MeasureRules::sealingExtended);
        rules.on(CoercionEvent.ExecutionDemanded.class, (step, state, context) -> {
            if (step.complyBy().isBefore(step.demandedAt().atZoneSameInstant(context.zone()).toLocalDate().plusDays(DEMAND_DAYS))) {
                throw RuleViolation.of("P-COERCE", "complyBy", "a demand gives the party at least " + DEMAND_DAYS
                        + " days to comply (Administrative Coercion Law art 37)");
            }
            return step;
        });
        rules.on(CoercionEvent.CoerciveExecutionCarriedOut.class, (step, state, context) -> {
            java.time.LocalDate complyBy = state.progress().sealing().complyBy();
            if (!step.carriedOutAt().atZoneSameInstant(context.zone()).toLocalDate().isAfter(complyBy)) {
                throw RuleViolation.of("P-COERCE", "carriedOutAt", "coercive execution only after the demand lapsed on "
                        + complyBy);
            }
            return step;
        });
    }

    /** P-LICENSE: a refusal to accept gives reasons; an acceptance starts the 20 working days (art 42). */
    private static LicensingEvent.ApplicationHandled applicationHandled(LicensingEvent.ApplicationHandled step,
                                                                       CaseState state, StepContext context) {
        boolean accepted = step.acceptance() == LicensingEvent.Acceptance.ACCEPTED;
        if (!accepted && (step.reasons() == null || step.reasons().isBlank())) {
            throw RuleViolation.of("P-LICENSE", "reasons", "an application not accepted is told why");
        }
        java.time.LocalDate decideBy = null;
        if (accepted) {
            try {
                decideBy = context.calendar().addWorkingDays(step.handledAt().atZoneSameInstant(context.zone())
                        .toLocalDate(), LICENCE_WORKING_DAYS);
            } catch (gov.enforcement.platform.calendar.MissingCalendarYearException unpublished) {
                decideBy = null; // the year's calendar is not published yet: no date is better than a wrong one
            }
        }
        return new LicensingEvent.ApplicationHandled(step.acceptance(), step.reasons(), step.handledAt(), decideBy);
    }

    /** P-LICENSE: a grant names the licence, its kind and validity; a refusal gives reasons (art 38). */
    private static LicensingEvent.LicenceDecided licenceDecided(LicensingEvent.LicenceDecided step, CaseState state,
                                                               StepContext context) {
        String certificate = context.actor().certificate();
        if (certificate != null && state.investigators().contains(certificate)) {
            throw RuleViolation.of("X-SEPARATE", "officer " + certificate + " examined this application and may not decide it");
        }
        if (state.status() == CaseStatus.DECISION_DRAFTED) {
            List<String> missing = LegalReviewGate.missingFor(state);
            if (!missing.isEmpty()) {
                throw RuleViolation.of("L-GATE", "the drafted licence decision cannot be made yet: "
                        + String.join("; ", missing)).with("missing", missing);
            }
        }
        if (step.granted()) {
            if (step.licenceNumber() == null || step.kind() == null || step.validFrom() == null || step.validTo() == null) {
                throw RuleViolation.of("P-LICENSE", step.licenceNumber() == null ? "licenceNumber" : step.kind() == null
                        ? "kind" : "validTo", "a granted licence has a number, a kind and a validity period");
            }
            if (!step.validTo().isAfter(step.validFrom())) {
                throw RuleViolation.of("P-LICENSE", "validTo", "a licence is valid until after it starts");
            }
        } else if (step.reasons() == null || step.reasons().isBlank()) {
            throw RuleViolation.of("P-LICENSE", "reasons", "a refusal gives its reasons (art 38(2))");
        }
        return step;
    }

    /** P-COERCE: two officers, approval, a list of the items, at most 30 days (Coercion Law art 18, 24–25). */
    private static CoercionEvent.PropertySealed sealed(CoercionEvent.PropertySealed step, CaseState state,
                                                      StepContext context) {
        StepRules.requireTwoQualifiedOfficers(state, step.certificates(), context);
        ProcedureRules.approved(step, step.approval(), context);
        if (step.until().isBefore(step.from()) || step.until().isAfter(step.from().plusDays(SEALING_DAYS))) {
            throw RuleViolation.of("P-COERCE", "until", "a sealing or seizure lasts at most " + SEALING_DAYS
                    + " days from " + step.from() + "; longer needs an approved extension");
        }
        return step;
    }

    private static CoercionEvent.SealingExtended sealingExtended(CoercionEvent.SealingExtended step, CaseState state,
                                                                StepContext context) {
        ProcedureRules.approved(step, step.approval(), context);
        java.time.LocalDate until = state.progress().sealing().until();
        if (!step.until().isAfter(until) || step.until().isAfter(until.plusDays(SEALING_DAYS))) {
            throw RuleViolation.of("P-COERCE", "until", "an extension runs past " + until + " by at most "
                    + SEALING_DAYS + " days");
        }
        return step;
    }

    /** P-COERCE: property under sealing or seizure is released or handled before the case ends. */
    static void requireNothingSealed(CaseState state) {
        if (state.progress().sealing().active()) {
            throw RuleViolation.of("P-COERCE", "the case cannot end while property is sealed or seized until "
                    + state.progress().sealing().until() + ": release or handle it first (SealingEnded)");
        }
    }
}
