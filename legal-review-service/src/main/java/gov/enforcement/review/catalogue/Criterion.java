package gov.enforcement.review.catalogue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** What can make a drafted decision major (L-CATALOGUE, seed 003 §12(2)); the codes appear in DecisionClassified. */
public enum Criterion {
    CATEGORY_ALWAYS_REVIEWED,
    FINE_ABOVE_THRESHOLD,
    CONFISCATION_ABOVE_THRESHOLD,
    LICENCE_REVOKED,
    BUSINESS_CLOSED,
    AFTER_HEARING,
    MAJOR_PUBLIC_INTEREST,
    MAJOR_SOCIAL_IMPACT,
    MAJOR_RIGHTS,
    COMPLEX_CASE,
    /** P-OUTCOME: a no-penalty decision (不予处罚), where the catalogue lists it for review. */
    NO_PENALTY_DECISION;

    /**
     * The cases seed 003 §12(2) sends to review whatever the catalogue says (凡…都要进行法制审核): a catalogue without
     * one of them would let such a decision issue unreviewed, so every version lists them all.
     */
    public static final Set<Criterion> STATUTORY = Set.copyOf(EnumSet.of(MAJOR_PUBLIC_INTEREST, MAJOR_SOCIAL_IMPACT,
            MAJOR_RIGHTS, AFTER_HEARING, COMPLEX_CASE));

    public static Optional<Criterion> find(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }

    /** The criteria an officer declares on the draft ({@code declaredFlags}). */
    public boolean isDeclaredFlag() {
        return this == MAJOR_PUBLIC_INTEREST || this == MAJOR_SOCIAL_IMPACT || this == MAJOR_RIGHTS || this == COMPLEX_CASE;
    }
}
