package gov.enforcement.recording.cases;

import java.util.Map;
import java.util.Optional;

/**
 * P-MASTER: what the registries have published that a command names by code, looked up before it is decided so that
 * the decider stays pure. Keyed by agency and code: a code is the agency's own.
 */
public record MasterData(Map<String, Matter> matters) {

    public static final MasterData NONE = new MasterData(Map.of());

    /** An enforcement matter of the agency's powers list (D-PRE-POWERS), by its code. */
    public record Matter(String agency, String code, String name, String legalBasis) {
    }

    public static MasterData ofMatters(Iterable<Matter> known) {
        Map<String, Matter> byKey = new java.util.HashMap<>();
        known.forEach(m -> byKey.put(key(m.agency(), m.code()), m));
        return new MasterData(Map.copyOf(byKey));
    }

    public Optional<Matter> matter(String agency, String code) {
        return Optional.ofNullable(matters.get(key(agency, code)));
    }

    private static String key(String agency, String code) {
        return agency + "\u0000" + code;
    }
}
