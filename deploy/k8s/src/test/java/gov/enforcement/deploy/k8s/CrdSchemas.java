package gov.enforcement.deploy.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The OpenAPI schemas of the custom resources, from the operators' own CRDs vendored under
 * src/test/resources/crds (see NOTICE.md there), keyed by apiVersion and kind.
 */
final class CrdSchemas {

    private static final Map<String, Map<String, Object>> SCHEMAS = load();

    private CrdSchemas() {
    }

    /** The schema of a served version, or empty when no vendored CRD defines this apiVersion and kind. */
    static Optional<Map<String, Object>> of(String apiVersion, String kind) {
        return Optional.ofNullable(SCHEMAS.get(apiVersion + " " + kind));
    }

    private static Map<String, Map<String, Object>> load() {
        Path dir = Repo.K8S.resolve("src/test/resources/crds");
        Map<String, Map<String, Object>> schemas = new HashMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                for (Object doc : Yaml.documents(file)) {
                    Map<String, Object> crd = Yaml.map(doc, file.toString());
                    String group = (String) Yaml.at(crd, "spec.group");
                    String kind = (String) Yaml.at(crd, "spec.names.kind");
                    for (Object v : (List<?>) Yaml.at(crd, "spec.versions")) {
                        Map<String, Object> version = Yaml.map(v, file.toString());
                        if (Boolean.TRUE.equals(version.get("served"))) {
                            schemas.put(group + "/" + version.get("name") + " " + kind,
                                    Yaml.map(Yaml.at(version, "schema.openAPIV3Schema"), file.toString()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return schemas;
    }
}
