package gov.enforcement.recording.cases;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The certificates X-TWO checks against. Until the officer registry's events feed it, it is seeded from
 * configuration: {@code number|name|agency|TYPE,TYPE|validFrom|validTo} entries separated by {@code ;}.
 */
public final class OfficerRegistry {

    private final Map<String, OfficerCertificate> byNumber;

    public OfficerRegistry(Map<String, OfficerCertificate> byNumber) {
        this.byNumber = Map.copyOf(byNumber);
    }

    public Optional<OfficerCertificate> find(String number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    /** This registry with {@code newer} entries replacing those of the same number. */
    public OfficerRegistry overlaidWith(Map<String, OfficerCertificate> newer) {
        Map<String, OfficerCertificate> merged = new java.util.HashMap<>(byNumber);
        merged.putAll(newer);
        return new OfficerRegistry(merged);
    }

    public static OfficerRegistry parse(String seed) {
        if (seed == null || seed.isBlank()) {
            return new OfficerRegistry(Map.of());
        }
        return new OfficerRegistry(Arrays.stream(seed.split(";")).map(String::trim).filter(s -> !s.isEmpty())
                .map(OfficerRegistry::entry)
                .collect(Collectors.toMap(OfficerCertificate::number, Function.identity())));
    }

    private static OfficerCertificate entry(String text) {
        String[] f = text.split("\\|");
        if (f.length != 6) {
            throw new IllegalArgumentException("officer seed entry needs 6 fields: " + text);
        }
        Set<CaseCategory> types = Arrays.stream(f[3].split(",")).map(String::trim).map(CaseCategory::valueOf)
                .collect(Collectors.toUnmodifiableSet());
        return new OfficerCertificate(f[0].trim(), f[1].trim(), f[2].trim(), types, LocalDate.parse(f[4].trim()),
                LocalDate.parse(f[5].trim()));
    }
}
