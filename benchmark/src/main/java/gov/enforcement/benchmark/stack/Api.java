package gov.enforcement.benchmark.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.enforcement.benchmark.load.LoadGenerator;
import gov.enforcement.benchmark.load.LoadGenerator.Answer;
import gov.enforcement.benchmark.load.Request;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The stack's public API through the gateway, with the users the scenarios act as (dev tokens). */
public final class Api {

    public static final String AGENCY = "11130100MB12345671";
    public static final ObjectMapper JSON = new ObjectMapper();

    private final LoadGenerator gateway;
    public final String investigator;
    public final String decider;
    public final String auditor;
    public final String admin;

    public Api(LoadGenerator gateway) {
        this.gateway = gateway;
        this.investigator = token("officer-1", "officer", "HB-0001");
        this.decider = token("officer-3", "officer", "HB-0003");
        this.auditor = token("auditor-1", "auditor", null);
        this.admin = token("admin-1", "admin", null);
    }

    public LoadGenerator http() {
        return gateway;
    }

    private String token(String sub, String role, String cert) {
        Map<String, Object> claims = new HashMap<>(Map.of("sub", sub, "groups", List.of(role), "agency", AGENCY));
        if (cert != null) {
            claims.put("cert", cert);
        }
        Answer answer = gateway.call(Request.postJson("/dev/tokens", null, write(claims)));
        require(answer, 200, "dev token for " + sub);
        return read(answer).get("token").asText();
    }

    /** The agency publishes generated records at once (D-WORKFLOW auto-publish), as the disclosure test does. */
    public void autoPublish() {
        Answer answer = gateway.call(new Request(io.vertx.core.http.HttpMethod.PUT,
                "/api/v1/disclosures/policies/agencies/" + AGENCY, admin,
                io.vertx.core.buffer.Buffer.buffer(write(Map.of("autoPublish", true)))));
        require(answer, 200, "auto-publish policy");
    }

    public static Answer require(Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + ": expected " + status + ", got " + answer.status() + " " + answer.text());
        }
        return answer;
    }

    public static JsonNode read(Answer answer) {
        try {
            return JSON.readTree(answer.body().getBytes());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not JSON: " + answer.text(), e);
        }
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
