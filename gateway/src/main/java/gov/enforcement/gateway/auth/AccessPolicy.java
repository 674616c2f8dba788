package gov.enforcement.gateway.auth;

import io.vertx.core.http.HttpMethod;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static gov.enforcement.gateway.auth.Roles.ADMIN;
import static gov.enforcement.gateway.auth.Roles.AUDITOR;
import static gov.enforcement.gateway.auth.Roles.DISCLOSURE_CLERK;
import static gov.enforcement.gateway.auth.Roles.OFFICER;
import static gov.enforcement.gateway.auth.Roles.PLATFORM_ADMIN;
import static gov.enforcement.gateway.auth.Roles.REVIEWER;
import static java.util.Map.entry;

/**
 * Who may call which API family: the gateway's coarse first wall, in one table. Each service checks again and
 * finer (agency scoping, an officer's own cases); this table only keeps obviously wrong callers off a service.
 * "Reads" are GET and HEAD; every other method needs the family's main roles.
 */
public final class AccessPolicy {

    private static final Map<String, Rule> RULES = Map.ofEntries(
            entry("cases", Rule.roles(OFFICER, REVIEWER, AUDITOR, ADMIN)),
            entry("parties", Rule.roles(OFFICER, REVIEWER, AUDITOR, ADMIN)),
            entry("analytics", Rule.roles(AUDITOR, ADMIN)),
            // checkpoints and proofs are published so that anyone can check the log (R-TAMPER)
            entry("audit", Rule.roles(AUDITOR, ADMIN).withPublicReadsUnder("/checkpoints", "/proofs", "/keys")),
            // officers write here only to submit their materials for review (the service lets them do nothing else)
            entry("reviews", Rule.roles(REVIEWER, AUDITOR, ADMIN).writableAlsoBy(OFFICER).withPublicReadsUnder("/keys")),
            // global configuration: only the platform admin changes it, never an agency's admin (L-GATE hangs on it)
            entry("review-catalogue", Rule.roles(PLATFORM_ADMIN).readableAlsoBy(ADMIN, REVIEWER, AUDITOR)),
            // matter policies are global: disclosure-service lets only the platform admin write them
            entry("disclosures", Rule.roles(DISCLOSURE_CLERK, AUDITOR, ADMIN, PLATFORM_ADMIN)),
            entry("public", Rule.open()),
            entry("calendar", Rule.roles(PLATFORM_ADMIN).readableByAnyCaller()),
            entry("registries", Rule.roles(DISCLOSURE_CLERK, AUDITOR, ADMIN)),
            entry("statistics", Rule.roles(DISCLOSURE_CLERK, AUDITOR, ADMIN)));

    private AccessPolicy() {
    }

    /**
     * @param pathWithinFamily the path after {@code /api/v1/<family>}, e.g. {@code /proofs/inclusion}
     */
    public static Requirement requirement(String family, HttpMethod method, String pathWithinFamily) {
        Rule rule = RULES.get(family);
        if (rule == null) {
            return new Requirement.AnyRole(Set.of()); // a family nobody listed is closed, not open
        }
        boolean read = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
        if (read && rule.publicReadPrefixes().stream().anyMatch(p -> isUnder(pathWithinFamily, p))) {
            return Requirement.OPEN;
        }
        return read ? rule.reads() : rule.writes();
    }

    /** The families this table speaks about (a test keeps it equal to the routing table's). */
    public static Set<String> families() {
        return RULES.keySet();
    }

    private static boolean isUnder(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    /** One row: who may write, who may read, and which read-only sub-paths are public. */
    private record Rule(Requirement writes, Requirement reads, List<String> publicReadPrefixes) {

        static Rule roles(String... roles) {
            Requirement requirement = new Requirement.AnyRole(Set.of(roles));
            return new Rule(requirement, requirement, List.of());
        }

        static Rule open() {
            return new Rule(Requirement.OPEN, Requirement.OPEN, List.of());
        }

        Rule readableAlsoBy(String... roles) {
            Set<String> readers = new HashSet<>(((Requirement.AnyRole) writes).roles());
            readers.addAll(Set.of(roles));
            return new Rule(writes, new Requirement.AnyRole(Set.copyOf(readers)), publicReadPrefixes);
        }

        Rule writableAlsoBy(String... roles) {
            Set<String> writers = new HashSet<>(((Requirement.AnyRole) writes).roles());
            writers.addAll(Set.of(roles));
            return new Rule(new Requirement.AnyRole(Set.copyOf(writers)), reads, publicReadPrefixes);
        }

        Rule readableByAnyCaller() {
            return new Rule(writes, Requirement.ANY_CALLER, publicReadPrefixes);
        }

        Rule withPublicReadsUnder(String... prefixes) {
            return new Rule(writes, reads, List.of(prefixes));
        }
    }
}
