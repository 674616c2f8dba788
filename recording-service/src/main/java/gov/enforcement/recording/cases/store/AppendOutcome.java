package gov.enforcement.recording.cases.store;

import gov.enforcement.platform.problem.ProblemException;
import gov.enforcement.recording.cases.domain.StepAppended;

/**
 * What became of one step of a batch: appended now, refused (with the problem answered), or replayed — a retry with
 * an Idempotency-Key already answered, which gets the first answer again.
 */
public sealed interface AppendOutcome {

    record Appended(StepAppended step) implements AppendOutcome {

        public Appended {
            java.util.Objects.requireNonNull(step, "an appended step has its answer");
        }
    }

    record Refused(ProblemException problem) implements AppendOutcome {
    }

    record Replayed(StepAppended step) implements AppendOutcome {

        public Replayed {
            java.util.Objects.requireNonNull(step, "a replay answers what the first use was given");
        }
    }

    /** The answer the caller gets, or the refusal it fails with. */
    default StepAppended answer() {
        if (this instanceof Refused refused) {
            throw refused.problem();
        }
        return this instanceof Appended appended ? appended.step() : ((Replayed) this).step();
    }
}
