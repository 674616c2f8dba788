package gov.enforcement.benchmark;

import java.time.Duration;

/**
 * How big and how long each scenario runs: short (CI, about two minutes in all) or full. {@code scenarioLimit} is far
 * beyond what a scenario takes: past it, the scenario is taken for hung and ended.
 */
public record Sizes(String mode, Duration baselineWarmUp, Duration baselineMeasure, Duration warmUp, Duration measure,
                    int appendCases, int appendConcurrency, int hotConcurrency, int importConcurrency,
                    int importCasesPerRequest, int importStepsPerCase, int decisions, int decisionsInParallel,
                    long verifyEvents, long publishedRecords, int readConcurrency, int searchConcurrency,
                    Duration scenarioLimit) {

    public static Sizes shortRun() {
        return new Sizes("short", Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2),
                40, 32, 16, 2, 10, 9, 10, 2, 10_000, 20_000, 64, 32,
                Duration.ofMinutes(4));
    }

    public static Sizes fullRun() {
        return new Sizes("full", Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(10), Duration.ofSeconds(30),
                1_000, 32, 16, 4, 100, 9, 200, 4, 1_000_000, 1_000_000, 64, 32,
                Duration.ofMinutes(90));
    }
}
