package gov.enforcement.review.qualifications;

/**
 * What qualifies a person to review (Penalty Law art 58(2)): whoever reviews for the first time must hold the legal
 * profession qualification (法律职业资格, from the national unified exam); the article binds first-time reviewers only,
 * so one who already did this work before the revised law took effect (2021-07-15) is registered as such.
 */
public enum QualificationKind {
    /** 法律职业资格证书: passed the national unified legal profession qualification exam. */
    LEGAL_PROFESSION,
    /** Did legal review before 2021-07-15, when art 58 began to require the qualification of first-time reviewers. */
    REVIEWER_BEFORE_ART_58
}
