package gov.enforcement.deploy.k8s;

import java.util.List;
import java.util.Map;

/**
 * A strategic merge patch restricted to mappings: nested maps merge, null removes a key. Lists are refused:
 * Kustomize merges some lists by key (containers by name, ...) and replaces others, depending on the schema;
 * the overlays change lists with JSON 6902 patches instead, whose meaning does not depend on a schema.
 */
final class StrategicMerge {

    private StrategicMerge() {
    }

    static void apply(Map<String, Object> target, Map<String, Object> patch, String where) {
        for (var entry : patch.entrySet()) {
            String key = entry.getKey();
            if (key.equals("apiVersion") || key.equals("kind")) {
                continue;
            }
            if (key.equals("metadata")) {
                Map<String, Object> metadata = Yaml.map(Yaml.copy(entry.getValue()), where);
                metadata.remove("name");
                metadata.remove("namespace");
                merge(KustomizeBuild.metadata(target), metadata, where);
            } else {
                merge(target, Map.of(key, entry.getValue()), where);
            }
        }
    }

    private static void merge(Map<String, Object> target, Map<String, Object> patch, String where) {
        for (var entry : patch.entrySet()) {
            Object value = entry.getValue();
            if (value instanceof List<?>) {
                throw new UnsupportedOperationException(where + ": a list in a strategic merge patch ("
                        + entry.getKey() + "); use a JSON 6902 patch");
            }
            if (value == null) {
                target.remove(entry.getKey());
            } else if (value instanceof Map<?, ?> && target.get(entry.getKey()) instanceof Map<?, ?>) {
                merge(Yaml.map(target.get(entry.getKey()), where), Yaml.map(value, where), where);
            } else {
                target.put(entry.getKey(), Yaml.copy(value));
            }
        }
    }
}
