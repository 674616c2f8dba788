package gov.enforcement.benchmark.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The run's figures side by side with their baselines: a console table and a JSON document. */
public final class Report {

    /** The table's order, as the goals are listed; scenarios run in another (the latency one first, on a quiet stack). */
    static final List<String> ORDER = List.of("appends.cases", "appends.hot", "import.events", "disclosure.p50",
            "disclosure.p99", "reads.cases", "search.rate", "search.p99", "verify.events");

    private final List<Figure> baselines = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, Object> run = new LinkedHashMap<>();

    public Report(String mode) {
        run.put("mode", mode);
        run.put("startedAt", Instant.now().toString());
        run.put("machine", Machine.describe());
    }

    public void baseline(Figure figure) {
        baselines.add(figure);
    }

    public void figure(Figure figure) {
        figures.add(figure);
        // stable: figures outside ORDER (a failed scenario's) keep their place after the known ones
        figures.sort(Comparator.comparingInt(f -> ORDER.contains(f.key()) ? ORDER.indexOf(f.key()) : ORDER.size()));
    }

    public void note(String key, Object value) {
        run.put(key, value);
    }

    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    public Double baselineValue(String key) {
        return baselines.stream().filter(b -> b.key().equals(key)).findFirst().map(Figure::value).orElse(null);
    }

    public Double ratio(Figure f) {
        Double base = f.baseline() == null ? null : baselineValue(f.baseline());
        return f.value() == null || base == null || base == 0 ? null : f.value() / base;
    }

    public String table() {
        StringBuilder out = new StringBuilder();
        String row = "%-44s %14s %-9s %-32s %8s %-30s %s%n";
        out.append(String.format(row, "figure", "value", "unit", "baseline", "ratio", "goal", "met?"));
        out.append("-".repeat(150)).append('\n');
        for (Figure b : baselines) {
            out.append(String.format(row, "[baseline] " + b.label(), number(b.value()), b.unit(), "", "", "", ""));
        }
        for (Figure f : figures) {
            Double base = f.baseline() == null ? null : baselineValue(f.baseline());
            String baseText = f.baseline() == null ? "—" : f.baseline() + " " + number(base);
            Double ratio = ratio(f);
            Boolean met = f.goal() == null ? null : f.goal().met(f.value(), ratio);
            out.append(String.format(row, f.label(), f.measured() ? number(f.value()) : "n/a", f.unit(), baseText,
                    ratio == null ? "—" : String.format("%.2f×", ratio), f.goal() == null ? "" : f.goal().text(),
                    met == null ? "—" : met ? "yes" : "NO"));
            if (f.note() != null) {
                out.append(String.format("%-44s %s%n", "", "↳ " + f.note()));
            }
        }
        return out.toString();
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>(run);
        json.put("finishedAt", Instant.now().toString());
        json.put("baselines", baselines.stream().map(this::entry).toList());
        json.put("figures", figures.stream().map(this::entry).toList());
        return json;
    }

    private Map<String, Object> entry(Figure f) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("key", f.key());
        e.put("label", f.label());
        e.put("unit", f.unit());
        e.put("value", f.value());
        if (f.baseline() != null) {
            e.put("baseline", f.baseline());
            e.put("baselineValue", baselineValue(f.baseline()));
            e.put("ratio", ratio(f));
        }
        if (f.goal() != null) {
            e.put("goal", f.goal().text());
            e.put("met", f.goal().met(f.value(), ratio(f)));
        }
        if (f.note() != null) {
            e.put("note", f.note());
        }
        e.put("details", f.details());
        return e;
    }

    public void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), toJson());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String number(Double v) {
        if (v == null) {
            return "n/a";
        }
        return Math.abs(v) >= 100 ? String.format("%,.0f", v) : String.format("%.2f", v);
    }
}
