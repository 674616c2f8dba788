package gov.enforcement.disclosure.portal;

import gov.enforcement.disclosure.progress.ProgressResource;
import gov.enforcement.disclosure.publicapi.PublicDecisions;
import gov.enforcement.disclosure.records.DecisionKind;
import gov.enforcement.disclosure.search.SearchPage;
import gov.enforcement.disclosure.registries.PublicInspectionResource;
import gov.enforcement.disclosure.registries.PublicOfficerResource;
import gov.enforcement.disclosure.registries.PublicPowerResource;
import gov.enforcement.events.CloudEventCodec;
import gov.enforcement.platform.problem.ProblemException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The public portal in Chinese, rendered on the server (Qute): plain HTML forms and links, no JavaScript. */
@Path("/api/v1/public/portal")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class PortalResource {

    private static final String HTML = "text/html; charset=utf-8";
    private static final List<Map<String, String>> CATEGORIES = List.of(
            Map.of("code", "PENALTY", "label", "行政处罚"), Map.of("code", "LICENSING", "label", "行政许可"),
            Map.of("code", "COERCION", "label", "行政强制"), Map.of("code", "INSPECTION", "label", "行政检查"),
            Map.of("code", "LEVY", "label", "行政征收征用"), Map.of("code", "OTHER", "label", "其他"));
    /** P-OUTCOME: what each record is, in the words the public reads; a no-penalty decision is never a penalty. */
    private static final List<Map<String, String>> KINDS = java.util.Arrays.stream(DecisionKind.values())
            .map(k -> Map.of("code", k.name(), "label", k.label())).toList();

    private final PublicDecisions decisions;
    private final ProgressResource progress;
    private final Template search;
    private final Template decision;
    private final Template progressPage;
    private final Registries registries;

    /** The public registry endpoints the registries page shows. */
    @jakarta.enterprise.context.Dependent
    public static class Registries {
        final PublicOfficerResource officers;
        final PublicPowerResource powers;
        final PublicInspectionResource inspections;
        final Template page;

        public Registries(PublicOfficerResource officers, PublicPowerResource powers, PublicInspectionResource inspections,
                          @Location("portal/registries.html") Template page) {
            this.officers = officers;
            this.powers = powers;
            this.inspections = inspections;
            this.page = page;
        }
    }

    public PortalResource(PublicDecisions decisions, ProgressResource progress, @Location("portal/search.html") Template search,
                          @Location("portal/decision.html") Template decision,
                          @Location("portal/progress.html") Template progressPage, Registries registries) {
        this.decisions = decisions;
        this.progress = progress;
        this.search = search;
        this.decision = decision;
        this.progressPage = progressPage;
        this.registries = registries;
    }

    @GET
    @Operation(summary = "Portal: search form and published decisions (HTML)")
    public Uni<Response> search(@QueryParam("q") String q, @QueryParam("agency") String agency,
                                @QueryParam("category") String category, @QueryParam("kind") String kind,
                                @QueryParam("from") String from,
                                @QueryParam("to") String to, @QueryParam("page") String page,
                                @QueryParam("cursor") String cursor) {
        Map<String, Object> data = new HashMap<>();
        data.put("q", q);
        data.put("agency", agency);
        data.put("category", category);
        data.put("from", from);
        data.put("to", to);
        data.put("kind", kind);
        data.put("categories", CATEGORIES);
        data.put("kinds", KINDS);
        SearchPage found;
        try {
            found = decisions.search(blank(agency), blank(category), blank(kind), blank(q), blank(from), blank(to),
                    blank(page), null,
                    blank(cursor));
        } catch (ProblemException e) {
            data.put("error", e.getMessage());
            return render(search, data, 400);
        }
        data.putAll(found.asMap());
        if (found.next() != null) {
            data.put("nextPage", "/api/v1/public/portal?" + query(q, agency, category, kind, from, to) + "cursor=" + found.next());
        }
        return render(search, data, 200);
    }

    @GET
    @Path("/decisions/{id}")
    @Operation(summary = "Portal: one published decision, or its tombstone (HTML)")
    public Uni<Response> decision(@PathParam("id") UUID id) {
        return decisions.get(id).chain(found -> {
            Map<String, Object> data = plain(found);
            data.put("withdrawn", "WITHDRAWN".equals(found.get("status")));
            data.put("kinds", KINDS);
            return render(decision, data, 200);
        });
    }

    @GET
    @Path("/progress")
    @Operation(summary = "Portal: case progress by the code on the party's documents (HTML)")
    public Uni<Response> progress(@QueryParam("code") String code) {
        Map<String, Object> data = new HashMap<>();
        data.put("code", code);
        if (code == null || code.isBlank()) {
            return render(progressPage, data, 200);
        }
        return Uni.createFrom().deferred(() -> progress.progress(code.strip().toUpperCase()))
                .chain(found -> {
                    data.put("progress", plain(found));
                    return render(progressPage, data, 200);
                })
                .onFailure(ProblemException.class).recoverWithUni(e -> {
                    data.put("error", "未找到该查询码对应的案件，请核对后重试。");
                    return render(progressPage, data, 404);
                });
    }

    @GET
    @Path("/registries")
    @Operation(summary = "Portal: an agency's officers, powers list and random inspection draws (HTML)")
    public Uni<Response> registries(@QueryParam("agency") String agency) {
        Map<String, Object> data = new HashMap<>();
        data.put("agency", agency);
        if (agency == null || agency.isBlank()) {
            return render(registries.page, data, 200);
        }
        return Uni.createFrom().deferred(() -> registries.officers.list(agency.strip()))
                .chain(officers -> registries.powers.list(agency.strip())
                        .chain(powers -> registries.inspections.draws(agency.strip()).chain(draws -> {
                            data.put("officers", CloudEventCodec.mapper().convertValue(officers, List.class));
                            data.put("powers", CloudEventCodec.mapper().convertValue(powers, List.class));
                            data.put("draws", CloudEventCodec.mapper().convertValue(draws, List.class));
                            return render(registries.page, data, 200);
                        })))
                .onFailure(ProblemException.class).recoverWithUni(e -> {
                    data.put("error", "请输入正确的统一社会信用代码。");
                    return render(registries.page, data, 400);
                });
    }

    private static Uni<Response> render(Template template, Map<String, Object> data, int status) {
        var instance = template.instance();
        data.forEach(instance::data);
        return instance.createUni().map(html -> Response.status(status).entity(html).type(HTML).build());
    }

    /** Records and dates as plain maps and strings, which the templates read without reflection. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> plain(Object value) {
        return CloudEventCodec.mapper().convertValue(value, HashMap.class);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String query(String... values) {
        String[] names = {"q", "agency", "category", "kind", "from", "to"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if (blank(values[i]) != null) {
                out.append(names[i]).append('=').append(URLEncoder.encode(values[i], StandardCharsets.UTF_8)).append('&');
            }
        }
        return out.toString();
    }
}
