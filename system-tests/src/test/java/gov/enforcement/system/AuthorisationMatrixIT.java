package gov.enforcement.system;

import gov.enforcement.system.ApiDocument.Operation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Issue 7, authorisation: every operation of the merged OpenAPI document × every kind of caller (anonymous, a
 * forged token, each role, a role without an agency, an unknown role, no role) × a resource of the caller's own
 * agency and of another one. Who may do what is data ({@code authorisation-matrix.txt}); refusals are 401/403
 * problem+json, another agency's resources are 403/404 and their data never shows, and the public views never
 * show a raw ID number or a person's full name.
 */
class AuthorisationMatrixIT {

    static final String MATRIX = "/authorisation-matrix.txt";
    /** Roles that read every agency; no role writes into another agency than its token's. */
    static final Set<String> GLOBAL_ROLES = Set.of("auditor", "admin");

    /** One line of the matrix. */
    record Rule(Operation operation, Set<String> roles, String scope) {

        boolean allows(String role) {
            return roles.contains("anyone") || role != null && roles.contains(role);
        }
    }

    /** Someone calling: the token (null when anonymous), their one role and whether they have an agency. */
    record Caller(String name, String token, String role, String agency) {

        boolean authenticated() {
            return token != null && !name.startsWith("forged");
        }

        boolean global() {
            return role != null && GLOBAL_ROLES.contains(role);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Fixtures fixtures;
    static Map<Operation, Rule> matrix;
    static List<Caller> callers;
    static Map<Operation, WriteTargets.Target> writes;

    @BeforeAll
    static void setUp() {
        fixtures = Fixtures.shared();
        matrix = readMatrix();
        writes = WriteTargets.all();
        StackTokens tokens = fixtures.tokens;
        String a = Fixtures.AGENCY_A;
        callers = List.of(
                new Caller("anonymous", null, null, null),
                new Caller("forged admin", tokens.forged("admin-x", List.of("admin"), a), null, null),
                new Caller("officer", fixtures.a.officer(), "officer", a),
                new Caller("reviewer", fixtures.a.reviewer(), "reviewer", a),
                new Caller("disclosure-clerk", fixtures.a.clerk(), "disclosure-clerk", a),
                new Caller("auditor", fixtures.auditor, "auditor", a),
                new Caller("admin", fixtures.admin, "admin", a),
                new Caller("admin of agency B", fixtures.adminB, "admin", Fixtures.AGENCY_B),
                new Caller("platform-admin", fixtures.platformAdmin, "platform-admin", null),
                new Caller("officer without agency", tokens.signed("officer-x", List.of("officer"), null), "officer", null),
                new Caller("reviewer without agency", tokens.signed("reviewer-x", List.of("reviewer"), null), "reviewer", null),
                new Caller("clerk without agency", tokens.signed("clerk-x", List.of("disclosure-clerk"), null),
                        "disclosure-clerk", null),
                new Caller("unknown role", tokens.signed("intruder-1", List.of("intruder"), a), "intruder", a),
                new Caller("no role", tokens.signed("nobody-1", List.of(), a), null, a));
    }

    @Test
    @DisplayName("the matrix names exactly the operations of the merged OpenAPI document")
    void matrixMatchesTheDocument() {
        Set<Operation> documented = ApiDocument.operations(fixtures.gateway);
        Set<Operation> missing = new TreeSet<>(documented);
        missing.removeAll(matrix.keySet());
        Set<Operation> stale = new TreeSet<>(matrix.keySet());
        stale.removeAll(documented);
        if (!missing.isEmpty() || !stale.isEmpty()) {
            throw new AssertionError("operations in /openapi missing from " + MATRIX + ": " + missing
                    + "; in the matrix but not in /openapi: " + stale);
        }
    }

    @TestFactory
    @DisplayName("every operation × every caller × own and other agency")
    Stream<DynamicTest> everyOperationEveryCaller() {
        return matrix.values().stream().map(rule -> DynamicTest.dynamicTest(rule.operation().toString(), () -> {
            List<String> failures = new ArrayList<>();
            for (Caller caller : callers) {
                for (Fixtures.Agency resource : List.of(fixtures.a, fixtures.b)) {
                    // a caller without an agency counts agency A as its own, as before admins of B were asked
                    boolean own = resource.code().equals(caller.agency() == null ? Fixtures.AGENCY_A : caller.agency());
                    String problem = check(rule, caller, resource, own);
                    if (problem != null) {
                        failures.add(caller + " on " + (own ? "own" : "other") + " agency " + resource.code() + ": " + problem);
                    }
                }
            }
            if (!failures.isEmpty()) {
                throw new AssertionError(rule.operation() + "\n  " + String.join("\n  ", failures));
            }
        }));
    }

    /** Null when the answer is as the matrix says; otherwise what is wrong. */
    static String check(Rule rule, Caller caller, Fixtures.Agency resource, boolean own) {
        boolean roleAllowed = rule.allows(caller.role()) && (caller.authenticated() || rule.roles().contains("anyone"));
        boolean seesResource = switch (rule.scope()) {
            case "public", "global" -> true;
            case "own" -> caller.agency() != null; // it creates in the caller's agency: "other" is the same call
            // a global role reads every agency; a write reaches only the caller's own (an admin of A writes nothing of B)
            default -> caller.agency() != null && (own || caller.global() && !rule.operation().isWrite());
        };
        boolean expectAllowed = roleAllowed && seesResource;
        String sent = fill(rule.operation().path(), resource) + query(rule.operation().path(), resource);
        Http.Answer answer = call(rule, caller, resource, expectAllowed);
        String seen = answer.toString();
        if (answer.status() >= 500) {
            return "server error " + seen;
        }
        if (!roleAllowed) {
            int expected = caller.authenticated() ? 403 : 401;
            if (answer.status() != expected || !HostileInputIT.isProblem(answer)) {
                return "expected " + expected + " problem+json, got " + seen;
            }
        } else if (expectAllowed) {
            if (answer.status() == 401 || answer.status() == 403) {
                return "allowed by the matrix but refused: " + seen;
            }
        } else if (rule.scope().equals("agency")) {
            if (answer.status() != 403 && answer.status() != 404) {
                return "another agency's resource: expected 403 or 404, got " + seen;
            }
        } else if (rule.scope().equals("own") && answer.status() < 400) {
            return "a caller without an agency created something: " + seen;
        }
        for (String secret : forbidden(rule, caller)) {
            // a refusal may name the address it was asked for: what the caller sent is no leak
            if (answer.body().contains(secret) && !sent.contains(secret)) {
                return "the answer shows " + secret + ": " + seen;
            }
        }
        return null;
    }

    /** What this caller must never see in this operation's answer. */
    static Set<String> forbidden(Rule rule, Caller caller) {
        Set<String> secrets = new HashSet<>();
        if (rule.scope().equals("public")) {
            for (Fixtures.Agency agency : List.of(fixtures.a, fixtures.b)) {
                secrets.add(agency.partyIdNumber());
                secrets.add(agency.partyName());
            }
            return secrets;
        }
        if (!caller.global()) {
            for (Fixtures.Agency agency : List.of(fixtures.a, fixtures.b)) {
                if (!Objects.equals(agency.code(), caller.agency())) {
                    secrets.addAll(agency.secrets());
                }
            }
        }
        return secrets;
    }

    /**
     * Sends the operation for the resource. An expected-allowed write gets an empty object, so that it is judged
     * without changing the fixtures; any other write gets a well-formed body, so that only the caller can be wrong.
     */
    static Http.Answer call(Rule rule, Caller caller, Fixtures.Agency resource, boolean expectAllowed) {
        Operation op = rule.operation();
        String path = fill(op.path(), resource) + query(op.path(), resource);
        if (!op.isWrite()) {
            return Http.send(fixtures.gateway, op.method(), path, caller.token(), Map.of(), null);
        }
        WriteTargets.Target target = writes.get(op);
        Map<String, String> headers = new LinkedHashMap<>();
        byte[] body = null;
        if (target == null || target.kind() == WriteTargets.Kind.JSON) {
            headers.put("Content-Type", "application/json");
            body = expectAllowed || target == null ? "{}".getBytes(StandardCharsets.UTF_8)
                    : Http.bytes(HostileInputIT.uniqueCodes(target));
        } else if (target.kind() == WriteTargets.Kind.EVIDENCE) {
            path += "?" + HostileInputIT.evidenceQuery(Map.of());
            headers.put("Content-Type", expectAllowed ? "application/json" : "video/mp4");
            body = "content".getBytes(StandardCharsets.US_ASCII);
        } else if (target.kind() == WriteTargets.Kind.ATTACHMENT) {
            path += "?name=" + (expectAllowed ? "" : "guide.pdf");
            headers.put("Content-Type", "application/pdf");
            body = "%PDF".getBytes(StandardCharsets.US_ASCII);
        }
        Http.Answer answer = Http.send(fixtures.gateway, op.method(), path, caller.token(), headers, body);
        if (op.path().endsWith("/unclaim") && answer.status() < 300) {
            // unclaiming needs no body, so an allowed call does release the fixture's review: claim it back
            Http.send(fixtures.gateway, "POST", fill(op.path().replace("/unclaim", "/claim"), resource), caller.token(), Map.of(), null);
        }
        return answer;
    }

    static String fill(String template, Fixtures.Agency r) {
        String caseId = template.contains("/disclosures/cases/") || template.endsWith("/archive") ? r.decidedCaseId() : r.reviewCaseId();
        String id;
        if (template.startsWith("/api/v1/reviews/")) {
            id = r.reviewId();
        } else if (template.startsWith("/api/v1/public/inspections/") || template.startsWith("/api/v1/registries/draws/")) {
            id = r.drawId();
        } else if (template.startsWith("/api/v1/registries/officers/")) {
            id = r.pendingOfficerId();
        } else if (template.contains("/powers/")) {
            id = r.powerId();
        } else {
            id = r.disclosureId();
        }
        return template.replace("{caseId}", caseId).replace("{id}", id).replace("{attachmentId}", r.attachmentId())
                .replace("{partyId}", r.partyIdNumber()).replace("{eventId}", r.registeredEventId())
                .replace("{sha256}", "0".repeat(64)).replace("{treeSize}", "1").replace("{version}", "1").replace("{year}", "2026")
                .replace("{date}", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString())
                .replace("{code}", r.progressCode()).replace("{list}", "items")
                .replace("{matter}", HostileValues.percentEncode("未依法支付劳动报酬")).replace("{agency}", r.code());
    }

    static String query(String template, Fixtures.Agency r) {
        String purpose = "purpose=" + HostileValues.percentEncode("授权矩阵检查");
        if (template.endsWith("/record") || template.endsWith("/archive") || template.endsWith("/records")
                || template.contains("/audit/leaves/") || template.contains("/evidence/")) {
            return "?" + purpose;
        }
        return switch (template) {
            case "/api/v1/audit/proofs/inclusion" -> "?eventId=" + r.registeredEventId();
            case "/api/v1/audit/proofs/consistency" -> "?from=1&to=2";
            case "/api/v1/audit/verify" -> "?caseId=" + r.reviewCaseId();
            case "/api/v1/public/portal/progress" -> "?code=" + r.progressCode();
            case "/api/v1/public/portal/statistics" -> "?agency=" + r.code() + "&year=2026";
            case "/api/v1/reviews", "/api/v1/disclosures", "/api/v1/disclosures/overdue", "/api/v1/statistics/{year}",
                 "/api/v1/analytics/weak-links", "/api/v1/public/decisions", "/api/v1/public/officers", "/api/v1/public/powers", "/api/v1/public/benchmarks",
                 "/api/v1/public/inspections", "/api/v1/public/inspections/lists", "/api/v1/public/portal/registries",
                 "/api/v1/public/statistics/{year}", "/api/v1/public/portal" -> "?agency=" + r.code();
            default -> "";
        };
    }

    static Map<Operation, Rule> readMatrix() {
        Map<Operation, Rule> rules = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(AuthorisationMatrixIT.class.getResourceAsStream(MATRIX)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\|");
                Operation op = Operation.parse(cells[0]);
                Set<String> roles = new TreeSet<>();
                for (String role : cells[1].split(",")) {
                    roles.add(role.trim());
                }
                if (rules.put(op, new Rule(op, roles, cells[2].trim())) != null) {
                    throw new IllegalStateException(MATRIX + " names " + op + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

}
