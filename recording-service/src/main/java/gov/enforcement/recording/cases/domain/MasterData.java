package gov.enforcement.recording.cases.domain;

import java.util.Map;
import java.util.Optional;

/**
 * P-MASTER: what the registries have published that a command names by code, looked up before it is decided so that
 * the decider stays pure. Keyed by agency and code: a code is the agency's own.
 */
public record MasterData(Map<String, Matter> matters, Map<String, Benchmark> benchmarks) {

    public static final MasterData NONE = new MasterData(Map.of(), Map.of());

    /**
     * A published discretion benchmark (裁量基准, Penalty Law art 34) that drafts cite by code: the fine range of one
     * circumstance of one matter, and the penalty kinds it allows (empty: any).
     */
    public record Benchmark(String agency, String code, String matterCode, java.math.BigDecimal fineMin,
                            java.math.BigDecimal fineMax, java.util.List<PenaltyKind> penaltyKinds) {
    }

    /** An enforcement matter of the agency's powers list (D-PRE-POWERS), by its code. */
    public record Matter(String agency, String code, String name, String legalBasis, MatterProfile profile) {
    }

    public static MasterData ofMatters(Iterable<Matter> known) {
        Map<String, Matter> byKey = new java.util.HashMap<>();
        known.forEach(m -> byKey.put(key(m.agency(), m.code()), m));
        return new MasterData(Map.copyOf(byKey), Map.of());
    }

    public MasterData withBenchmarks(Iterable<Benchmark> known) {
        Map<String, Benchmark> byKey = new java.util.HashMap<>(benchmarks);
        known.forEach(b -> byKey.put(key(b.agency(), b.code()), b));
        return new MasterData(matters, Map.copyOf(byKey));
    }

    public Optional<Benchmark> benchmark(String agency, String code) {
        return Optional.ofNullable(benchmarks.get(key(agency, code)));
    }

    public Optional<Matter> matter(String agency, String code) {
        return Optional.ofNullable(matters.get(key(agency, code)));
    }

    private static String key(String agency, String code) {
        return agency + "\u0000" + code;
    }
}
