package gov.enforcement.recording.cases.domain;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * X-SEQ for one step in one procedure: in which states it may be recorded, and where the case stands after it.
 * A step outside the procedure is {@link #NOT_IN_PROCEDURE}: never allowed, and said so.
 */
public record StepRule(Predicate<CaseState> allowedWhen, Function<CaseState, CaseStatus> statusAfter, boolean inProcedure) {

    public static final StepRule NOT_IN_PROCEDURE = new StepRule(state -> false, CaseState::status, false);

    /** Allowed in these states; the case stays where it is. */
    static StepRule in(CaseStatus first, CaseStatus... more) {
        return when(inStatus(first, more));
    }

    /** Allowed when {@code condition} holds; the case stays where it is. */
    static StepRule when(Predicate<CaseState> condition) {
        return new StepRule(condition, CaseState::status, true);
    }

    /** The same step, leading to {@code status}. */
    StepRule to(CaseStatus status) {
        return new StepRule(allowedWhen, state -> status, true);
    }

    /** The same step, leading wherever {@code next} says. */
    StepRule to(Function<CaseState, CaseStatus> next) {
        return new StepRule(allowedWhen, next, true);
    }

    /** The same step, allowed also when {@code other} holds. */
    StepRule or(Predicate<CaseState> other) {
        return new StepRule(allowedWhen.or(other), statusAfter, true);
    }

    static Predicate<CaseState> inStatus(CaseStatus first, CaseStatus... more) {
        Set<CaseStatus> statuses = EnumSet.of(first, more);
        return state -> statuses.contains(state.status());
    }
}
