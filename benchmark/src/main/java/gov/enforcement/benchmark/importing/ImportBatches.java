package gov.enforcement.benchmark.importing;

import gov.enforcement.benchmark.cases.CaseData;
import gov.enforcement.benchmark.load.LoadGenerator.Answer;
import gov.enforcement.benchmark.load.Request;
import gov.enforcement.benchmark.stack.Api;
import gov.enforcement.benchmark.load.LoadGenerator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bodies of {@code POST /api/v1/cases/import} (officer; at most 1,000 cases and 10,000 events per request, atomic;
 * 201 {"cases":[{caseId, caseNumber, version}], "events": N}): cases that were investigated, collected evidence and
 * notified the party of their rights, as an agency moving its historical files in would send them.
 */
public final class ImportBatches {

    public static final String PATH = "/api/v1/cases/import";

    private ImportBatches() {
    }

    public static String body(long firstCase, int cases, int stepsPerCase) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (long i = firstCase; i < firstCase + cases; i++) {
            List<Map<String, Object>> steps = new ArrayList<>();
            steps.add(CaseData.investigation());
            for (int s = 0; s < stepsPerCase - 2; s++) {
                steps.add(CaseData.evidence(i * 31 + s));
            }
            steps.add(CaseData.rightsNotified());
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("registration", CaseData.registration(i));
            c.put("steps", steps.subList(0, Math.min(steps.size(), stepsPerCase)));
            list.add(c);
        }
        return CaseData.json(Map.of("cases", list));
    }

    /** Sends one import of the measured size: the events it created (cases and their steps). */
    public static long probe(LoadGenerator http, String token, int cases, int stepsPerCase) {
        Answer a = http.call(Request.postJson(PATH, token, body(5_000_000, cases, stepsPerCase)));
        return Api.read(Api.require(a, 201, "import")).path("events").asLong();
    }
}
