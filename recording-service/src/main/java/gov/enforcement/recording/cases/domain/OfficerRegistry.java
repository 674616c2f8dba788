package gov.enforcement.recording.cases.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The certificates X-TWO checks against, keyed by agency and number: the registry numbers certificates per
 * agency, so the same number at another agency is another officer. Until the officer registry's events feed
 * it, it is seeded from configuration: {@code number|name|agency|TYPE,TYPE|validFrom|validTo} entries
 * separated by {@code ;}.
 */
public final class OfficerRegistry {

    private final Map<String, OfficerCertificate> byAgencyAndNumber;

    private OfficerRegistry(Map<String, OfficerCertificate> byAgencyAndNumber) {
        this.byAgencyAndNumber = Map.copyOf(byAgencyAndNumber);
    }

    public static OfficerRegistry of(Collection<OfficerCertificate> certificates) {
        return new OfficerRegistry(index(certificates));
    }

    /** The certificate {@code number} of {@code agency}; another agency's certificate of that number is not it. */
    public Optional<OfficerCertificate> find(String agency, String number) {
        return Optional.ofNullable(byAgencyAndNumber.get(key(agency, number)));
    }

    /** This registry with {@code newer} entries replacing those of the same agency and number. */
    public OfficerRegistry overlaidWith(Collection<OfficerCertificate> newer) {
        Map<String, OfficerCertificate> merged = new HashMap<>(byAgencyAndNumber);
        merged.putAll(index(newer));
        return new OfficerRegistry(merged);
    }

    public static OfficerRegistry parse(String seed) {
        if (seed == null || seed.isBlank()) {
            return new OfficerRegistry(Map.of());
        }
        return of(Arrays.stream(seed.split(";")).map(String::trim).filter(s -> !s.isEmpty())
                .map(OfficerRegistry::entry).toList());
    }

    private static Map<String, OfficerCertificate> index(Collection<OfficerCertificate> certificates) {
        Map<String, OfficerCertificate> indexed = new HashMap<>();
        for (OfficerCertificate c : certificates) {
            if (indexed.put(key(c.agency(), c.number()), c) != null) {
                throw new IllegalArgumentException("certificate " + c.number() + " of agency " + c.agency() + " is listed twice");
            }
        }
        return indexed;
    }

    private static String key(String agency, String number) {
        return agency + "\u0000" + number;
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
