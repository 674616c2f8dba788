package gov.enforcement.recording.cases.domain;

import java.util.List;

/**
 * A step that X-TWO asks two qualified officers for: its certificates are looked up in the officer registry, by the
 * case's agency and the number, before the step is decided.
 */
public interface ByTwoOfficers {

    List<String> certificates();
}
