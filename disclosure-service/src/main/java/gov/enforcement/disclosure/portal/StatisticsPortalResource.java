package gov.enforcement.disclosure.portal;

import gov.enforcement.disclosure.records.Today;
import gov.enforcement.disclosure.statistics.StatisticsCalendar;
import gov.enforcement.disclosure.statistics.StatisticsQuery;
import gov.enforcement.platform.identity.CreditCode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** D-STATS on the portal: an agency's published yearly figures with a bar chart drawn on the server (SVG). */
@Path("/api/v1/public/portal/statistics")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class StatisticsPortalResource {

    private static final Map<String, String> LABELS = Map.of("PENALTY", "行政处罚", "LICENSING", "行政许可",
            "COERCION", "行政强制", "INSPECTION", "行政检查", "LEVY", "行政征收征用", "OTHER", "其他");

    private final StatisticsQuery query;
    private final Today today;
    private final Template page;

    public StatisticsPortalResource(StatisticsQuery query, Today today, @Location("portal/statistics.html") Template page) {
        this.query = query;
        this.today = today;
        this.page = page;
    }

    @GET
    @Operation(summary = "Portal: an agency's published yearly statistics with a chart (HTML, no JavaScript)")
    public Uni<Response> statistics(@QueryParam("agency") String agency, @QueryParam("year") Integer year) {
        int shown = year != null ? year : today.date().getYear() - 1;
        Map<String, Object> data = new HashMap<>();
        data.put("agency", agency);
        data.put("year", shown);
        if (agency == null || agency.isBlank()) {
            return render(data, 200);
        }
        if (!CreditCode.isValid(agency.strip()) || shown < 2000 || shown > 2100) {
            data.put("error", "请输入正确的统一社会信用代码和年份。");
            return render(data, 400);
        }
        if (!StatisticsCalendar.isPublic(shown, today.date())) {
            data.put("error", shown + " 年度统计数据将于 " + StatisticsCalendar.publicationDay(shown) + " 公布。");
            return render(data, 404);
        }
        return query.figures(shown, agency.strip()).chain(figures -> {
            data.put("figures", figures);
            data.put("bars", bars(figures));
            return render(data, 200);
        });
    }

    /** One bar per category, its width in per cent of the largest, so the template only draws. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> bars(Map<String, Object> figures) {
        Map<String, Long> byCategory = (Map<String, Long>) figures.getOrDefault("byCategory", Map.of());
        long max = byCategory.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Map<String, Object>> bars = new ArrayList<>();
        int row = 0;
        for (var entry : byCategory.entrySet()) {
            long width = max == 0 ? 0 : Math.round(entry.getValue() * 300.0 / max);
            bars.add(Map.of("label", LABELS.getOrDefault(entry.getKey(), entry.getKey()), "count", entry.getValue(),
                    "width", width, "y", row * 28, "textY", row * 28 + 17, "labelX", width + 128));
            row++;
        }
        return bars;
    }

    private Uni<Response> render(Map<String, Object> data, int status) {
        var instance = page.instance();
        data.forEach(instance::data);
        return instance.createUni().map(html -> Response.status(status).type("text/html; charset=utf-8").entity(html).build());
    }
}
