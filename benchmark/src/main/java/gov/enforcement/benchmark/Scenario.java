package gov.enforcement.benchmark;

import gov.enforcement.benchmark.report.Figure;

import java.util.List;

/** One part of the benchmark: measures some figures on the running stack. */
public interface Scenario {

    /** The name {@code --only} selects it by. */
    String name();

    List<Figure> run(BenchContext context) throws Exception;
}
