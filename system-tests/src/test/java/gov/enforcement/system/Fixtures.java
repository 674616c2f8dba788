package gov.enforcement.system;

import com.fasterxml.jackson.databind.JsonNode;
import gov.enforcement.devstack.DevStack;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Two agencies with a real past on the shared stack, so that "another agency's resource" exists for every kind
 * of path: in each, a case under legal review (a major draft), a decided case with its disclosure published, a
 * submitted officer, a power with an attachment, and a committed random draw.
 */
final class Fixtures {

    static final String AGENCY_A = "11130100MB12345671";
    static final String AGENCY_B = "12130100MB00000019";

    /** One agency's users and resources. */
    record Agency(String code, String officer, String decider, String reviewer, String clerk,
                  String partyName, String partyIdNumber,
                  String reviewCaseId, String reviewCaseNumber, String registeredEventId, String reviewId,
                  String decidedCaseId, String decidedCaseNumber, String disclosureId, String progressCode,
                  String pendingOfficerId, String powerId, String attachmentId, String drawId) {

        /** What another agency's caller must never be shown. */
        Set<String> secrets() {
            return Set.of(reviewCaseId, reviewCaseNumber, decidedCaseId, decidedCaseNumber, partyName, partyIdNumber);
        }
    }

    private static Fixtures shared;

    final DevStack stack;
    final String gateway;
    final StackTokens tokens;
    /** Agency A's admin; {@link #adminB} is agency B's: each writes only into its own agency. */
    final String admin;
    final String adminB;
    /** The platform's admin: global configuration (catalogue, calendar, matter policies), no agency. */
    final String platformAdmin;
    final String auditor;
    final Agency a;
    final Agency b;

    private Fixtures(DevStack stack) {
        this.stack = stack;
        this.gateway = TestStacks.gateway(stack);
        this.tokens = new StackTokens(stack, gateway);
        this.admin = tokens.dev("admin-1", "admin", AGENCY_A, null);
        this.adminB = tokens.dev("admin-b", "admin", AGENCY_B, null);
        this.platformAdmin = tokens.signed("platform-admin-1", List.of("platform-admin"), null);
        this.auditor = tokens.dev("auditor-1", "auditor", AGENCY_A, null);
        String clerkB = tokens.dev("clerk-b", "disclosure-clerk", AGENCY_B, null);
        // agency B has one seeded certificate; X-TWO and X-SEPARATE need two investigators and a third to decide
        for (String cert : List.of("SJ-0010", "SJ-0011")) {
            Http.Answer submitted = Http.json(gateway, "POST", "/api/v1/registries/officers", clerkB, Map.of("name", "吴" + cert,
                    "position", "科员", "enforcementType", "PENALTY", "certificate", cert,
                    "validFrom", "2024-01-01", "validTo", "2030-12-31"));
            expect(submitted, 200);
            expect(Http.json(gateway, "POST", "/api/v1/registries/officers/" + submitted.json().get("entryId").asText()
                    + "/approval", adminB, Map.of("approved", true)), 200);
        }
        this.a = agency(AGENCY_A, "HB-0001", "HB-0002", "HB-0003", "张三丰", "130102198001010010", null);
        this.b = agency(AGENCY_B, "SJ-0009", "SJ-0010", "SJ-0011", "欧阳锋", withCheckDigit("13010219900307001"), clerkB);
    }

    /** The fixtures of the shared stack; made again when a test with a stack of its own stopped the last one. */
    static synchronized Fixtures shared() {
        DevStack stack = TestStacks.shared();
        if (shared == null || shared.stack != stack) {
            shared = new Fixtures(stack);
        }
        return shared;
    }

    Agency other(Agency agency) {
        return agency == a ? b : a;
    }

    private Agency agency(String code, String investigatorCert, String secondCert, String deciderCert, String partyName,
                          String partyId, String clerkToken) {
        String officer = tokens.dev("officer-" + investigatorCert, "officer", code, investigatorCert);
        String decider = tokens.dev("officer-" + deciderCert, "officer", code, deciderCert);
        String reviewer = tokens.dev("reviewer-" + code, "reviewer", code, null);
        String clerk = clerkToken != null ? clerkToken : tokens.dev("clerk-" + code, "disclosure-clerk", code, null);

        JsonNode registered = register(officer, partyName, partyId);
        String reviewCaseId = registered.get("caseId").asText();
        draft(officer, reviewCaseId, List.of(investigatorCert, secondCert), 200_000);
        String reviewId = await("a review opens for " + reviewCaseId, () -> {
            for (JsonNode view : Http.get(gateway, "/api/v1/reviews?status=OPEN", reviewer).json()) {
                if (reviewCaseId.equals(view.path("review").path("caseId").asText())) {
                    return view.path("review").path("reviewId").asText();
                }
            }
            return null;
        });

        JsonNode decided = register(officer, partyName, partyId);
        String decidedCaseId = decided.get("caseId").asText();
        draft(officer, decidedCaseId, List.of(investigatorCert, secondCert), 2_000);
        await("the minor decision of " + decidedCaseId + " issues", () -> Http.json(gateway, "POST",
                "/api/v1/cases/" + decidedCaseId + "/events", decider, Map.of("type", "DecisionIssued",
                        "data", Map.of("documentNumber", "测试罚〔2026〕" + decidedCaseId.substring(0, 4) + "号"))).status() == 201
                ? "issued" : null);
        String disclosureId = await("a disclosure of " + decidedCaseId, () -> {
            for (JsonNode row : Http.get(gateway, "/api/v1/disclosures", clerk).json()) {
                if (decidedCaseId.equals(row.path("caseId").asText())) {
                    return row.path("disclosureId").asText();
                }
            }
            return null;
        });
        Http.Answer published = Http.send(gateway, "POST", "/api/v1/disclosures/" + disclosureId + "/publish", clerk, Map.of(), null);
        if (published.status() != 200 && published.status() != 409 && published.status() != 422) {
            throw new AssertionError("publish " + disclosureId + ": " + published);
        }
        await("the decision of " + decidedCaseId + " is public", () -> Http.get(gateway,
                "/api/v1/public/decisions/" + disclosureId, null).status() == 200 ? "public" : null);
        String progressCode = await("the progress code of " + decidedCaseId, () -> {
            Http.Answer answer = Http.get(gateway, "/api/v1/disclosures/cases/" + decidedCaseId + "/progress-code", clerk);
            return answer.status() == 200 ? answer.json().get("code").asText() : null;
        });

        String pendingOfficer = expect(Http.json(gateway, "POST", "/api/v1/registries/officers", clerk, Map.of("name", "待审" + code,
                "enforcementType", "PENALTY", "certificate", "P-" + UUID.randomUUID(), "validFrom", "2024-01-01",
                "validTo", "2030-12-31")), 200).json().get("entryId").asText();
        String power = expect(Http.json(gateway, "POST", "/api/v1/registries/powers", clerk, Map.of("matter", "劳动保障监察",
                "legalBasis", "《劳动保障监察条例》")), 200).json().get("entryId").asText();
        String attachment = expect(Http.send(gateway, "POST", "/api/v1/registries/powers/" + power + "/attachments?name=guide.pdf",
                clerk, Map.of("Content-Type", "application/pdf"), "%PDF-1.4 guide".getBytes()), 200).json()
                .get("attachmentId").asText();
        for (String list : List.of("items", "entities", "inspectors")) {
            Http.json(gateway, "POST", "/api/v1/registries/random/" + list, clerk, Map.of("name", list + " of " + code,
                    "code", list + "-" + code)); // 409 when a rerun finds it there
        }
        String draw = expect(Http.json(gateway, "POST", "/api/v1/registries/draws", clerk, Map.of("item", "工资支付检查",
                "targets", 1, "inspectors", 1)), 200).json().get("drawId").asText();

        return new Agency(code, officer, decider, reviewer, clerk, partyName, partyId, reviewCaseId,
                registered.get("caseNumber").asText(), registered.get("eventId").asText(), reviewId, decidedCaseId,
                decided.get("caseNumber").asText(), disclosureId, progressCode, pendingOfficer, power, attachment, draw);
    }

    private JsonNode register(String officer, String partyName, String partyId) {
        return expect(Http.json(gateway, "POST", "/api/v1/cases", officer, Map.of("category", "PENALTY",
                "matter", "未依法支付劳动报酬", "parties", List.of(Map.of("kind", "PERSON", "name", partyName,
                        "idNumber", partyId)))), 201).json();
    }

    /** Investigation (retried while the registry's new certificates travel to recording), rights, a draft. */
    private void draft(String officer, String caseId, List<String> certificates, int fine) {
        String events = "/api/v1/cases/" + caseId + "/events";
        await("X-TWO admits " + certificates, () -> Http.json(gateway, "POST", events, officer, Map.of(
                "type", "InvestigationRecorded", "data", Map.of("kind", "INVESTIGATION", "certificates", certificates,
                        "startedAt", "2026-03-04T09:30:00+08:00", "endedAt", "2026-03-04T11:40:00+08:00", "summary", "调取工资发放记录"))).status() == 201 ? "admitted" : null);
        expect(Http.json(gateway, "POST", events, officer, Map.of("type", "RightsNotified", "data", Map.of(
                "reason", "拟作出行政处罚", "legalBasis", "《劳动保障监察条例》第二十六条",
                "rights", List.of("STATEMENT", "DEFENCE", "HEARING"), "method", "WRITTEN", "notifiedAt", "2026-03-20T10:05:00+08:00"))), 201);
        expect(Http.json(gateway, "POST", events, officer, Map.of("type", "DecisionDrafted", "data", Map.of(
                "decisionType", "FINE", "facts", "拖欠工资三个月", "legalBasis", "《劳动保障监察条例》第二十六条",
                "discretionBenchmark", "裁量基准第3档", "discretionReasons", "拖欠人数多、时间长", "fineAmount", fine))), 201);
    }

    static Http.Answer expect(Http.Answer answer, int status) {
        if (answer.status() != status) {
            throw new AssertionError("expected " + status + ", got " + answer);
        }
        return answer;
    }

    static <T> T await(String what, Supplier<T> found) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            T value = found.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(what + ": interrupted");
            }
        }
        throw new AssertionError(what + ": not within 90 s");
    }

    /** A resident ID number (GB 11643) with its check character, from the first 17 digits. */
    static String withCheckDigit(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
