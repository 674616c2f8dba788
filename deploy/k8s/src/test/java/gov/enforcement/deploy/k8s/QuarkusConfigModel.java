package gov.enforcement.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Quarkus extensions' own description of their configuration (META-INF/quarkus-config-doc), of the extensions on
 * the test class path: for each property its environment variable and phase. A variable can only set a property
 * read at run time ({@code RUN_TIME}); one fixed at build time is ignored by the packaged application.
 */
final class QuarkusConfigModel {

    private static final String MODEL = "META-INF/quarkus-config-doc/quarkus-config-model.json";

    /** Environment variable to phase. */
    static final Map<String, String> PHASES = new HashMap<>();
    /** Environment variable to property. */
    static final Map<String, String> PROPERTIES = new HashMap<>();

    static {
        load();
    }

    private QuarkusConfigModel() {
    }

    private static void load() {
        try {
            for (URL url : Collections.list(QuarkusConfigModel.class.getClassLoader().getResources(MODEL))) {
                try (InputStream in = url.openStream()) {
                    collect(new ObjectMapper().readTree(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (PHASES.isEmpty()) {
            throw new IllegalStateException("no " + MODEL + " on the test class path");
        }
    }

    private static void collect(JsonNode node) {
        if (node.isObject()) {
            JsonNode variable = node.path("path").path("environmentVariable");
            if (variable.isTextual() && node.path("phase").isTextual()) {
                PHASES.put(variable.asText(), node.path("phase").asText());
                PROPERTIES.put(variable.asText(), node.path("path").path("property").asText());
            }
        }
        node.forEach(QuarkusConfigModel::collect);
    }
}
