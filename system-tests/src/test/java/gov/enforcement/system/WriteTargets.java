package gov.enforcement.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.devstack.StackOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Every write endpoint as something to attack: who may call it (so that the input, not the token, is what is
 * refused), real ids for its path (so that the body is parsed), a well-formed body, and which of its fields only
 * take a code, an enum, a date, a number or an id (a hostile string there can never be valid) or free text.
 */
final class WriteTargets {

    /** How the endpoint takes its input. */
    enum Kind { JSON, NO_BODY, EVIDENCE, ATTACHMENT }

    /** One endpoint; {@code params} fill its path from agency A's fixtures. */
    record Target(ApiDocument.Operation operation, Kind kind, Function<Fixtures, String> token,
                  Map<String, Function<Fixtures.Agency, String>> params, Set<String> freeParams, JsonNode baseline,
                  List<String> strictFields, List<String> textFields) {

        String path(Fixtures fixtures, Map<String, String> override) {
            String path = operation.path();
            for (Map.Entry<String, Function<Fixtures.Agency, String>> p : params.entrySet()) {
                String value = override.containsKey(p.getKey()) ? override.get(p.getKey())
                        : HostileValues.percentEncode(p.getValue().apply(fixtures.a));
                path = path.replace("{" + p.getKey() + "}", value);
            }
            return path;
        }

        @Override
        public String toString() {
            return operation.toString();
        }
    }

    private WriteTargets() {
    }

    static Map<ApiDocument.Operation, Target> all() {
        Map<ApiDocument.Operation, Target> targets = new LinkedHashMap<>();
        Function<Fixtures, String> officer = f -> f.a.officer();
        Function<Fixtures, String> reviewer = f -> f.a.reviewer();
        Function<Fixtures, String> clerk = f -> f.a.clerk();
        Function<Fixtures, String> admin = f -> f.admin;
        Function<Fixtures, String> platformAdmin = f -> f.platformAdmin;

        json(targets, "POST /api/v1/cases", officer, Map.of(), Map.of("agency", Fixtures.AGENCY_A, "category", "PENALTY",
                        "matter", "未依法支付劳动报酬", "unit", "劳动保障监察监督局",
                        "parties", List.of(Map.of("kind", "PERSON", "name", "张三", "idNumber", "130102198001010010")),
                        "officers", List.of(Map.of("name", "李四", "certificate", "HB-0001"))),
                List.of("agency", "category", "parties[0].kind", "parties[0].idNumber"),
                List.of("matter", "unit", "parties[0].name", "officers[0].name", "officers[0].certificate"));
        json(targets, "POST /api/v1/cases/{caseId}/events", officer, Map.of("caseId", Fixtures.Agency::reviewCaseId),
                Map.of("type", "InterferenceRecorded", "data", Map.of("person", "吴国栋", "position", "办公室副主任",
                        "description", "致电承办人员询问案件进展", "occurredAt", "2026-03-06T15:20:00+08:00")),
                List.of("type", "data", "data.occurredAt", "expectedVersion"),
                List.of("data.person", "data.position", "data.description"));
        json(targets, "POST /api/v1/cases/import", officer, Map.of(), Map.of("cases", List.of(Map.of(
                        "registration", Map.of("category", "PENALTY", "matter", "未依法支付劳动报酬",
                                "parties", List.of(Map.of("kind", "PERSON", "name", "张三", "idNumber", "130102198001010010")),
                                "officers", List.of(Map.of("name", "李四", "certificate", "HB-0001"))),
                        "steps", List.of(Map.of("type", "InterferenceRecorded", "data", Map.of("person", "吴国栋",
                                "description", "致电承办人员询问案件进展", "occurredAt", "2026-03-06T15:20:00+08:00")))))),
                List.of("cases", "cases[0].registration", "cases[0].registration.category",
                        "cases[0].registration.parties[0].idNumber", "cases[0].steps", "cases[0].steps[0].type",
                        "cases[0].steps[0].data", "cases[0].steps[0].data.occurredAt"),
                List.of("cases[0].registration.matter", "cases[0].steps[0].data.person"));
        add(targets, "POST /api/v1/cases/{caseId}/evidence", Kind.EVIDENCE, officer, Map.of("caseId", Fixtures.Agency::reviewCaseId));

        json(targets, "POST /api/v1/reviews/{id}/submission", officer, Map.of("id", Fixtures.Agency::reviewId),
                Map.of("materials", List.of("DECISION_DRAFT", "INVESTIGATION_REPORT", "EVIDENCE_LIST"), "declaration", true,
                        "answers", List.of(Map.of("problem", 1, "answer", "已补充"))),
                List.of("materials[0]", "declaration", "answers[0].problem"), List.of("answers[0].answer"));
        json(targets, "POST /api/v1/reviews/{id}/supplement-requests", reviewer, Map.of("id", Fixtures.Agency::reviewId),
                Map.of("problems", List.of("缺少听证笔录")), List.of(), List.of("problems[0]"));
        add(targets, "POST /api/v1/reviews/{id}/claim", Kind.NO_BODY, reviewer, Map.of("id", Fixtures.Agency::reviewId));
        add(targets, "POST /api/v1/reviews/{id}/unclaim", Kind.NO_BODY, reviewer, Map.of("id", Fixtures.Agency::reviewId));
        json(targets, "POST /api/v1/reviews/{id}/delegation", reviewer, Map.of("id", Fixtures.Agency::reviewId),
                Map.of("reviewer", "reviewer-" + Fixtures.AGENCY_A), List.of("reviewer"), List.of());
        json(targets, "POST /api/v1/reviews/{id}/assign", admin, Map.of("id", Fixtures.Agency::reviewId),
                Map.of("reviewer", "reviewer-" + Fixtures.AGENCY_A), List.of("reviewer"), List.of());
        json(targets, "POST /api/v1/reviews/{id}/opinions", reviewer, Map.of("id", Fixtures.Agency::reviewId),
                Map.of("outcome", "RETURN", "problems", "裁量理由不足", "items", List.of(Map.of("item", "COMPETENCE",
                        "passed", true, "comment", "符合"))),
                List.of("outcome", "items[0].item", "items[0].passed"), List.of("problems", "items[0].comment"));
        json(targets, "POST /api/v1/reviews/{id}/coordination", reviewer, Map.of("id", Fixtures.Agency::reviewId),
                Map.of("disagreement", "罚款数额", "outcome", "REVIEW_UPHELD"), List.of("outcome"), List.of("disagreement"));
        json(targets, "POST /api/v1/reviews/{id}/counsel-notes", reviewer, Map.of("id", Fixtures.Agency::reviewId),
                Map.of("counsel", "法律顾问", "note", "建议补充证据"), List.of(), List.of("counsel", "note"));
        json(targets, "POST /api/v1/reviews/{id}/collective-discussion", reviewer, Map.of("id", Fixtures.Agency::reviewId),
                Map.of("heldOn", "2026-09-28", "participants", List.of("局长"), "outcome", "APPROVED"),
                List.of("heldOn", "outcome"), List.of("participants[0]"));
        json(targets, "POST /api/v1/reviews/{id}/extension", reviewer, Map.of("id", Fixtures.Agency::reviewId),
                Map.of("reason", "案情复杂"), List.of(), List.of("reason"));
        // the fixture's reviewer is no head reviewer: every hostile sign-off must still be a 4xx problem, never a 500
        json(targets, "POST /api/v1/reviews/{id}/sign-off", reviewer, Map.of("id", Fixtures.Agency::reviewId),
                Map.of("decision", "SEND_BACK", "comment", "理由不足"), List.of("decision"), List.of("comment"));
        json(targets, "PUT /api/v1/review-catalogue", platformAdmin, Map.of(), Map.of("criteria", List.of("FINE_ABOVE_THRESHOLD",
                        "AFTER_HEARING", "MAJOR_PUBLIC_INTEREST", "MAJOR_SOCIAL_IMPACT", "MAJOR_RIGHTS", "COMPLEX_CASE"),
                        "fineThreshold", 50000, "confiscationThreshold", 50000, "alwaysReviewed", List.of(Map.of("agency", Fixtures.AGENCY_A, "category", "LEVY"))),
                List.of("criteria[0]", "fineThreshold", "confiscationThreshold", "alwaysReviewed[0].agency",
                        "alwaysReviewed[0].category"), List.of());

        json(targets, "POST /api/v1/registries/officers", clerk, Map.of(), Map.of("name", "郑十", "position", "科员",
                        "enforcementType", "PENALTY", "certificate", "HOSTILE-1", "validFrom", "2024-01-01", "validTo", "2030-12-31"),
                List.of("validFrom", "validTo"), List.of("name", "position", "enforcementType", "certificate"));
        json(targets, "POST /api/v1/registries/officers/{id}/approval", admin, Map.of("id", Fixtures.Agency::pendingOfficerId),
                Map.of("approved", true, "note", "同意"), List.of("approved"), List.of("note"));
        add(targets, "POST /api/v1/registries/officers/{id}/withdrawal", Kind.NO_BODY, clerk,
                Map.of("id", Fixtures.Agency::pendingOfficerId));
        json(targets, "POST /api/v1/registries/powers", clerk, Map.of(), Map.of("matter", "劳动保障监察", "legalBasis", "《条例》",
                "conditions", "无"), List.of(), List.of("matter", "legalBasis", "conditions"));
        add(targets, "POST /api/v1/registries/powers/{id}/attachments", Kind.ATTACHMENT, clerk,
                Map.of("id", Fixtures.Agency::powerId));
        Target benchmark = json(targets, "PUT /api/v1/registries/benchmarks/{code}", clerk, Map.of("code", a -> "BM-HOSTILE"),
                Map.of("circumstance", "首次违法", "legalBasis", "《条例》", "fineMin", 2000, "fineMax", 5000,
                        "penaltyKinds", List.of("FINE"), "effectiveFrom", "2026-01-01"),
                List.of("fineMin", "fineMax", "penaltyKinds[0]", "effectiveFrom"), List.of("circumstance", "legalBasis"));
        // the code names the benchmark being published: any well-formed code is a new one, not an unknown resource
        targets.put(benchmark.operation(), new Target(benchmark.operation(), benchmark.kind(), benchmark.token(),
                benchmark.params(), Set.of("code"), benchmark.baseline(), benchmark.strictFields(), benchmark.textFields()));
        json(targets, "PUT /api/v1/registries/agencies/{agency}", admin, Map.of("agency", Fixtures.Agency::code),
                Map.of("name", "石家庄市人力资源和社会保障局", "regionCode", "130100", "level", "MUNICIPAL"),
                List.of("regionCode", "level"), List.of("name"));
        json(targets, "POST /api/v1/registries/random/{list}", clerk, Map.of("list", a -> "items"),
                Map.of("name", "工资支付", "code", "ITEM-H"), List.of(), List.of("name", "code"));
        json(targets, "POST /api/v1/registries/draws", clerk, Map.of(), Map.of("item", "工资支付检查", "targets", 1,
                "inspectors", 1), List.of("targets", "inspectors"), List.of("item"));
        add(targets, "POST /api/v1/registries/draws/{id}/reveal", Kind.NO_BODY, clerk, Map.of("id", Fixtures.Agency::drawId));

        Target matter = json(targets, "PUT /api/v1/disclosures/policies/matters/{matter}", platformAdmin,
                Map.of("matter", a -> "未依法支付劳动报酬"), Map.of("publishable", true, "deadlineDays", 20, "reason", "依法"),
                List.of("publishable", "deadlineDays"), List.of("reason"));
        // a matter is free text: any name is a matter, so only its body can be malformed
        targets.put(matter.operation(), new Target(matter.operation(), matter.kind(), matter.token(), matter.params(),
                Set.of("matter"), matter.baseline(), matter.strictFields(), matter.textFields()));
        json(targets, "PUT /api/v1/disclosures/policies/agencies/{agency}", clerk, Map.of("agency", Fixtures.Agency::code),
                Map.of("autoPublish", true), List.of("autoPublish"), List.of());
        add(targets, "POST /api/v1/disclosures/{id}/publish", Kind.NO_BODY, clerk, Map.of("id", Fixtures.Agency::disclosureId));
        json(targets, "POST /api/v1/disclosures/{id}/corrections", clerk, Map.of("id", Fixtures.Agency::disclosureId),
                Map.of("reason", "录入有误", "fineAmount", 2500), List.of("fineAmount", "confiscationAmount"),
                List.of("reason", "facts", "documentNumber"));
        targets.put(ApiDocument.Operation.parse("PUT /api/v1/calendar/{year}"), new Target(
                ApiDocument.Operation.parse("PUT /api/v1/calendar/{year}"), Kind.JSON, platformAdmin, Map.of("year", a -> "2026"),
                Set.of(), shippedCalendar(2026), List.of("year", "days", "days[0].date", "days[0].isOffDay"), List.of()));
        return targets;
    }

    private static Target json(Map<ApiDocument.Operation, Target> targets, String operation, Function<Fixtures, String> token,
                               Map<String, Function<Fixtures.Agency, String>> params, Map<String, Object> baseline,
                               List<String> strict, List<String> text) {
        ApiDocument.Operation op = ApiDocument.Operation.parse(operation);
        Target target = new Target(op, Kind.JSON, token, params, Set.of(), Http.JSON.valueToTree(baseline), strict, text);
        targets.put(op, target);
        return target;
    }

    private static void add(Map<ApiDocument.Operation, Target> targets, String operation, Kind kind,
                            Function<Fixtures, String> token, Map<String, Function<Fixtures.Agency, String>> params) {
        ApiDocument.Operation op = ApiDocument.Operation.parse(operation);
        targets.put(op, new Target(op, kind, token, params, Set.of(), null, List.of(), List.of()));
    }

    /** The shipped calendar of the year, so that a PUT that wrongly succeeded would change nothing. */
    private static JsonNode shippedCalendar(int year) {
        Path repoRoot = StackOptions.parse(new String[0], Map.of(), Path.of("").toAbsolutePath()).repoRoot();
        try {
            return Http.JSON.readTree(Files.readString(repoRoot.resolve("platform/src/main/resources/calendar/cn/" + year + ".json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of {@code body} with the field at {@code path} ("a.b[0].c") set to {@code value}. */
    static JsonNode with(JsonNode body, String path, JsonNode value) {
        JsonNode copy = body.deepCopy();
        String[] steps = path.replace("[", ".[").split("\\.");
        JsonNode parent = copy;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = step(parent, steps[i]);
        }
        String last = steps[steps.length - 1];
        if (last.startsWith("[")) {
            ((ArrayNode) parent).set(Integer.parseInt(last.substring(1, last.length() - 1)), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return copy;
    }

    private static JsonNode step(JsonNode node, String step) {
        return step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1, step.length() - 1))) : node.get(step);
    }

    /** Every field path of the body ("a", "a.b", "a[0]"...), containers included. */
    static List<String> fieldPaths(JsonNode body) {
        List<String> paths = new java.util.ArrayList<>();
        collect(body, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String at, List<String> paths) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                String path = at.isEmpty() ? f.getKey() : at + "." + f.getKey();
                paths.add(path);
                collect(f.getValue(), path, paths);
            });
        } else if (node.isArray() && !node.isEmpty()) {
            String path = at + "[0]";
            paths.add(path);
            collect(node.get(0), path, paths);
        }
    }
}
