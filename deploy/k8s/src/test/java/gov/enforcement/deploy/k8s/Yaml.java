package gov.enforcement.deploy.k8s;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** YAML documents as plain maps and lists, the form Kustomize works on too. */
final class Yaml {

    static final ObjectMapper MAPPER = new YAMLMapper();

    private Yaml() {
    }

    /** Every non-empty document of a (multi-document) YAML file. */
    static List<Object> documents(Path file) {
        try (var parser = new YAMLFactory().createParser(file.toFile())) {
            List<Object> docs = new ArrayList<>();
            for (var it = MAPPER.readValues(parser, Object.class); it.hasNext(); ) {
                Object doc = it.next();
                if (doc != null) {
                    docs.add(doc);
                }
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static List<Map<String, Object>> resources(Path file) {
        List<Map<String, Object>> resources = new ArrayList<>();
        for (Object doc : documents(file)) {
            resources.add(map(doc, file.toString()));
        }
        return resources;
    }

    static List<Map<String, Object>> resources(String text) {
        try (var parser = new YAMLFactory().createParser(text)) {
            List<Map<String, Object>> docs = new ArrayList<>();
            for (var it = MAPPER.readValues(parser, Object.class); it.hasNext(); ) {
                Object doc = it.next();
                if (doc != null) {
                    docs.add(map(doc, "kubectl output"));
                }
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String where) {
        if (node instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException(where + ": expected a mapping, found " + node);
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node, String where) {
        if (node instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new IllegalArgumentException(where + ": expected a list, found " + node);
    }

    /** The value at a dotted path of map keys ("spec.template.spec"), or null. */
    static Object at(Object node, String dottedPath) {
        Object current = node;
        for (String key : dottedPath.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    /** A deep copy, so that a transformation never changes a document another build still holds. */
    static Object copy(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, copy(v)));
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copy(v)));
            return copy;
        }
        return node;
    }
}
