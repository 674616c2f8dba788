package gov.enforcement.benchmark.cases;

import gov.enforcement.benchmark.load.LoadGenerator;
import gov.enforcement.benchmark.load.LoadGenerator.Answer;
import gov.enforcement.benchmark.load.Request;
import gov.enforcement.benchmark.stack.Api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Set-up through the API: registers cases and appends the same kind of step to many, several at a time. */
public final class Cases {

    private Cases() {
    }

    public static List<UUID> register(LoadGenerator http, String token, long first, int count) {
        List<Request> requests = new ArrayList<>();
        for (long i = first; i < first + count; i++) {
            requests.add(Request.postJson("/api/v1/cases", token, CaseData.json(CaseData.registration(i))));
        }
        List<UUID> ids = new ArrayList<>();
        for (Answer a : http.callAll(requests, 8)) {
            ids.add(UUID.fromString(Api.read(Api.require(a, 201, "register a case")).get("caseId").asText()));
        }
        return ids;
    }

    /** Appends one step to each case (the body may depend on the case); every answer must be 201. */
    public static void appendToEach(LoadGenerator http, String token, List<UUID> cases,
                                    Function<UUID, Map<String, Object>> step) {
        List<Request> requests = cases.stream().map(id -> Request.postJson("/api/v1/cases/" + id + "/events", token,
                CaseData.json(step.apply(id)))).toList();
        for (Answer a : http.callAll(requests, 8)) {
            Api.require(a, 201, "append a step");
        }
    }
}
