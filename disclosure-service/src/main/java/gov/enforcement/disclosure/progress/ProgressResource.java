package gov.enforcement.disclosure.progress;

import gov.enforcement.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** D-PROGRESS: a party looks up their own case by the code on their documents, without a token. */
@Path("/api/v1/public/progress")
@PermitAll
public class ProgressResource {

    private final Pool pool;

    public ProgressResource(Pool pool) {
        this.pool = pool;
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "That case's steps and result, nothing else")
    public Uni<Map<String, Object>> progress(@PathParam("code") String code) {
        return byCode(code).chain(row -> pool.preparedQuery("select status, document_number, decided_on, disclosure_id"
                        + " from disclosures where case_id = $1 order by created_at desc limit 1")
                .execute(Tuple.of(row.getUUID("case_id"))).map(decisions -> {
                    List<Map<String, Object>> steps = new ArrayList<>();
                    new JsonArray(row.getString("steps")).forEach(s -> {
                        var step = (io.vertx.core.json.JsonObject) s;
                        steps.add(Map.of("step", step.getString("step"), "label", StepLabels.of(step.getString("step")),
                                "at", String.valueOf(step.getString("at"))));
                    });
                    Map<String, Object> view = new LinkedHashMap<>();
                    view.put("caseNumber", row.getString("case_number"));
                    view.put("steps", steps);
                    if (decisions.rowCount() > 0) {
                        Row d = decisions.iterator().next();
                        Map<String, Object> result = new LinkedHashMap<>();
                        result.put("documentNumber", d.getString("document_number"));
                        result.put("decidedOn", d.getLocalDate("decided_on"));
                        result.put("disclosure", d.getString("status"));
                        view.put("result", result);
                    }
                    return view;
                }));
    }

    @GET
    @Path("/{code}/qr.png")
    @Produces("image/png")
    @PermitAll
    @Operation(summary = "The QR code that leads to the progress page")
    public Uni<Response> qr(@PathParam("code") String code) {
        return byCode(code).map(row -> Response.ok(QrCodes.png("/api/v1/public/progress/" + code, 240), "image/png").build());
    }

    private Uni<Row> byCode(String code) {
        if (!ProgressCodes.isWellFormed(code)) {
            throw Problems.notFound("progress code");
        }
        return pool.preparedQuery("select c.case_id, c.case_number, (select coalesce(jsonb_agg(jsonb_build_object('step', s.step, 'at', s.at)"
                + " order by s.version), '[]')::text from disclosure_case_steps s where s.case_id = c.case_id"
                // an interference record (X-INTERFERE) is internal, not a step of the party's procedure
                + " and s.step <> 'InterferenceRecorded') as steps from disclosure_cases c where c.progress_code = $1")
                .execute(Tuple.of(code)).map(rows -> {
                    if (rows.rowCount() == 0) {
                        throw Problems.notFound("progress code");
                    }
                    return rows.iterator().next();
                });
    }
}
