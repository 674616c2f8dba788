package gov.enforcement.deploy.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code kubectl kustomize} in Java, so that the overlays are checked where kubectl is not installed. It knows
 * the features deploy/k8s uses, in Kustomize's order: resources (files and directories), configMapGenerator
 * (files, no name hash), patches (strategic merge of mappings, {@code $patch: delete}, JSON 6902), then
 * namespace, labels (metadata only) and images. Anything else fails loudly rather than being built wrong;
 * where kubectl is present, {@link KustomizeBuildTest} compares the two builds resource by resource.
 */
final class KustomizeBuild {

    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "namespace", "labels", "resources",
            "configMapGenerator", "patches", "images");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "CustomResourceDefinition",
            "ClusterRole", "ClusterRoleBinding", "PersistentVolume", "StorageClass", "PriorityClass", "IngressClass");

    private KustomizeBuild() {
    }

    static List<Map<String, Object>> build(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        Map<String, Object> k = Yaml.map(Yaml.documents(file).get(0), file.toString());
        for (String field : k.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new UnsupportedOperationException(file + ": the Java build does not know `" + field + "`");
            }
        }
        List<Map<String, Object>> resources = new ArrayList<>();
        for (Object entry : listOf(k.get("resources"), file)) {
            Path path = dir.resolve((String) entry).normalize();
            resources.addAll(Files.isDirectory(path) ? build(path) : Yaml.resources(path));
        }
        for (Object generator : listOf(k.get("configMapGenerator"), file)) {
            resources.add(configMap(dir, Yaml.map(generator, file.toString())));
        }
        checkUnique(resources, file);
        for (Object patch : listOf(k.get("patches"), file)) {
            patch(resources, dir, Yaml.map(patch, file.toString()));
        }
        if (k.get("namespace") instanceof String namespace) {
            resources.stream().filter(r -> !CLUSTER_SCOPED.contains(r.get("kind")))
                    .forEach(r -> metadata(r).put("namespace", namespace));
        }
        for (Object labels : listOf(k.get("labels"), file)) {
            addLabels(resources, Yaml.map(labels, file.toString()), file);
        }
        for (Object image : listOf(k.get("images"), file)) {
            Images.retag(resources, Yaml.map(image, file.toString()));
        }
        return resources;
    }

    /** kind/namespace/name: how Kustomize (and the API server) tell resources apart. */
    static String id(Map<String, Object> resource) {
        Map<String, Object> metadata = metadata(resource);
        return resource.get("kind") + "/" + metadata.getOrDefault("namespace", "") + "/" + metadata.get("name");
    }

    static Map<String, Object> metadata(Map<String, Object> resource) {
        return Yaml.map(resource.computeIfAbsent("metadata", m -> new LinkedHashMap<>()), "metadata");
    }

    private static List<Object> listOf(Object node, Path file) {
        return node == null ? List.of() : Yaml.list(node, file.toString());
    }

    private static void checkUnique(List<Map<String, Object>> resources, Path file) {
        Set<String> seen = new java.util.HashSet<>();
        for (Map<String, Object> r : resources) {
            if (!seen.add(id(r))) {
                throw new IllegalStateException(file + ": " + id(r) + " is defined twice");
            }
        }
    }

    private static Map<String, Object> configMap(Path dir, Map<String, Object> generator) {
        Map<String, Object> options = Yaml.map(generator.getOrDefault("options", Map.of()), "options");
        if (!Boolean.TRUE.equals(options.get("disableNameSuffixHash"))) {
            throw new UnsupportedOperationException("configMapGenerator " + generator.get("name")
                    + ": the Java build does not compute Kustomize's name hash; set disableNameSuffixHash");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        for (Object f : Yaml.list(generator.get("files"), "files")) {
            Path path = dir.resolve((String) f);
            try {
                data.put(path.getFileName().toString(), Files.readString(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", generator.get("name"));
        if (options.get("labels") != null) {
            metadata.put("labels", Yaml.copy(options.get("labels")));
        }
        Map<String, Object> cm = new LinkedHashMap<>();
        cm.put("apiVersion", "v1");
        cm.put("kind", "ConfigMap");
        cm.put("metadata", metadata);
        cm.put("data", data);
        return cm;
    }

    private static void patch(List<Map<String, Object>> resources, Path dir, Map<String, Object> entry) {
        String where = dir + " patch " + entry.getOrDefault("path", "(inline)");
        String text = entry.get("path") instanceof String path ? read(dir.resolve(path)) : (String) entry.get("patch");
        List<Object> parsed = parse(text, where);
        if (parsed.size() != 1) {
            throw new UnsupportedOperationException(where + ": one patch per file (Kustomize itself fails on some)");
        }
        Object patch = parsed.get(0);
        List<Map<String, Object>> targets = entry.get("target") != null
                ? select(resources, Yaml.map(entry.get("target"), where))
                : resources.stream().filter(r -> samePatchTarget(r, Yaml.map(patch, where))).toList();
        if (targets.isEmpty()) {
            throw new IllegalStateException(where + ": matches no resource");
        }
        for (Map<String, Object> target : targets) {
            if (patch instanceof List<?>) {
                JsonPatch.apply(target, Yaml.list(patch, where), where);
            } else if ("delete".equals(Yaml.map(patch, where).get("$patch"))) {
                resources.remove(target);
            } else {
                StrategicMerge.apply(target, Yaml.map(patch, where), where);
            }
        }
    }

    private static List<Object> parse(String text, String where) {
        try (var parser = new com.fasterxml.jackson.dataformat.yaml.YAMLFactory().createParser(text)) {
            List<Object> docs = new ArrayList<>();
            for (var it = Yaml.MAPPER.readValues(parser, Object.class); it.hasNext(); ) {
                Object doc = it.next();
                if (doc != null) {
                    docs.add(doc);
                }
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(where, e);
        }
    }

    private static boolean samePatchTarget(Map<String, Object> resource, Map<String, Object> patch) {
        return resource.get("kind").equals(patch.get("kind"))
                && metadata(resource).get("name").equals(Yaml.at(patch, "metadata.name"));
    }

    /** Kustomize's patch target: every given field must match (names are anchored regular expressions). */
    private static List<Map<String, Object>> select(List<Map<String, Object>> resources, Map<String, Object> target) {
        for (String field : target.keySet()) {
            if (!Set.of("group", "version", "kind", "name", "namespace").contains(field)) {
                throw new UnsupportedOperationException("patch target field " + field);
            }
        }
        return resources.stream().filter(r -> {
            String apiVersion = (String) r.get("apiVersion");
            String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
            String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
            return matches(target.get("group"), group) && matches(target.get("version"), version)
                    && matches(target.get("kind"), (String) r.get("kind"))
                    && matches(target.get("name"), (String) metadata(r).get("name"))
                    && matches(target.get("namespace"), (String) metadata(r).get("namespace"));
        }).toList();
    }

    private static boolean matches(Object pattern, String value) {
        return pattern == null || (value != null && Pattern.matches((String) pattern, value));
    }

    private static void addLabels(List<Map<String, Object>> resources, Map<String, Object> labels, Path file) {
        if (Boolean.TRUE.equals(labels.get("includeSelectors")) || Boolean.TRUE.equals(labels.get("includeTemplates"))) {
            throw new UnsupportedOperationException(file + ": labels only on metadata (no selectors, no templates)");
        }
        Map<String, Object> pairs = Yaml.map(labels.get("pairs"), file.toString());
        for (Map<String, Object> r : resources) {
            Yaml.map(metadata(r).computeIfAbsent("labels", l -> new LinkedHashMap<>()), id(r)).putAll(pairs);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
