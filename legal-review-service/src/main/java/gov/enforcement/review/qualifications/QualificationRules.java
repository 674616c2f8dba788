package gov.enforcement.review.qualifications;

import gov.enforcement.platform.problem.Problems;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** L-RESPONSIBILITY (Penalty Law art 58): who may answer for an opinion; pure. */
public final class QualificationRules {

    static final String RULE = "L-RESPONSIBILITY";

    private QualificationRules() {
    }

    /**
     * Refuses (403) a reviewer who holds no qualification at the agency valid on {@code day}: claiming a review they
     * could never decide, or giving the opinion, would put an unqualified name under it.
     */
    public static void requireQualified(Optional<Qualification> registered, String subject, String agency, LocalDate day) {
        problem(registered, subject, agency, day).ifPresent(why -> {
            throw Problems.forbidden(RULE, why);
        });
    }

    /** The same check for someone a review is handed to: 422 naming {@code reviewer}, since the request names them. */
    public static void requireQualifiedAssignee(Optional<Qualification> registered, String subject, String agency,
                                                LocalDate day) {
        problem(registered, subject, agency, day).ifPresent(why -> {
            throw Problems.ruleViolated(RULE, "reviewer", why);
        });
    }

    static Optional<String> problem(Optional<Qualification> registered, String subject, String agency, LocalDate day) {
        if (registered.isEmpty()) {
            return Optional.of(subject + " has no reviewer qualification registered at agency " + agency
                    + " (Penalty Law art 58: a first-time reviewer holds the legal profession qualification)");
        }
        Qualification q = registered.get();
        if (!q.validOn(day)) {
            return Optional.of(subject + "'s qualification " + q.kind() + " " + q.certificateNumber() + " is valid from "
                    + q.validFrom() + (q.validTo() == null ? "" : " to " + q.validTo()) + ", not on " + day);
        }
        return Optional.empty();
    }

    /**
     * The configured seed: {@code subject|agency|certificateNumber|KIND|validFrom|validTo} entries separated by
     * {@code ;}, an empty {@code validTo} for no end.
     */
    public static List<Qualification> parseSeed(String seed) {
        List<Qualification> entries = new ArrayList<>();
        if (seed == null || seed.isBlank()) {
            return entries;
        }
        for (String text : seed.split(";")) {
            if (!text.isBlank()) {
                entries.add(entry(text.trim()));
            }
        }
        return entries;
    }

    private static Qualification entry(String text) {
        String[] f = text.split("\\|", -1);
        if (f.length != 6 || f[0].isBlank() || f[1].isBlank() || f[2].isBlank()) {
            throw new IllegalArgumentException("review.qualifications.seed entry needs subject|agency|certificate|KIND"
                    + "|validFrom|validTo: " + text);
        }
        QualificationKind kind = Arrays.stream(QualificationKind.values()).filter(k -> k.name().equals(f[3].trim()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("review.qualifications.seed: kind " + f[3]
                        + " is not one of " + Arrays.toString(QualificationKind.values()) + ": " + text));
        LocalDate from = LocalDate.parse(f[4].trim());
        LocalDate to = f[5].isBlank() ? null : LocalDate.parse(f[5].trim());
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("review.qualifications.seed: valid to " + to + " before " + from + ": " + text);
        }
        return new Qualification(f[0].trim(), f[1].trim(), f[2].trim(), kind, from, to);
    }
}
