package gov.enforcement.audit.archive;

/** What the offline check concluded; {@code firstProblem} names the first bad item, if any. */
public record Verdict(boolean verified, int eventsChecked, int evidenceChecked, String firstProblem, String summary) {

    static Verdict failed(int eventsChecked, int evidenceChecked, String problem) {
        return new Verdict(false, eventsChecked, evidenceChecked, problem, "NOT VERIFIED: " + problem);
    }
}
