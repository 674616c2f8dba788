package gov.enforcement.deploy.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** RFC 6902 patches, the operations the overlays use: add, remove, replace, and test (to remove by index safely). */
final class JsonPatch {

    private JsonPatch() {
    }

    static void apply(Map<String, Object> target, List<Object> operations, String where) {
        for (Object o : operations) {
            Map<String, Object> op = Yaml.map(o, where);
            String kind = (String) op.get("op");
            List<String> path = pointer((String) op.get("path"));
            Object parent = parentOf(target, path, where);
            String last = path.get(path.size() - 1);
            switch (kind) {
                case "add" -> add(parent, last, Yaml.copy(op.get("value")), where);
                case "replace" -> {
                    remove(parent, last, where + " " + op.get("path"));
                    add(parent, last, Yaml.copy(op.get("value")), where);
                }
                case "remove" -> remove(parent, last, where + " " + op.get("path"));
                case "test" -> {
                    if (!java.util.Objects.equals(op.get("value"), child(parent, last))) {
                        throw new IllegalArgumentException(where + ": test failed at " + op.get("path") + ": "
                                + child(parent, last) + ", not " + op.get("value"));
                    }
                }
                default -> throw new UnsupportedOperationException(where + ": JSON patch op " + kind);
            }
        }
    }

    private static List<String> pointer(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("not a JSON pointer: " + path);
        }
        List<String> tokens = new ArrayList<>();
        for (String token : path.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    private static Object parentOf(Object root, List<String> path, String where) {
        Object current = root;
        for (String token : path.subList(0, path.size() - 1)) {
            current = child(current, token);
            if (current == null) {
                throw new IllegalArgumentException(where + ": no " + token + " in " + path);
            }
        }
        return current;
    }

    private static Object child(Object node, String token) {
        if (node instanceof Map<?, ?> map) {
            return map.get(token);
        }
        if (node instanceof List<?> list) {
            int i = Integer.parseInt(token);
            return i < list.size() ? list.get(i) : null;
        }
        return null;
    }

    private static void add(Object parent, String token, Object value, String where) {
        if (parent instanceof Map<?, ?>) {
            Yaml.map(parent, where).put(token, value);
        } else if (parent instanceof List<?>) {
            List<Object> list = Yaml.list(parent, where);
            list.add("-".equals(token) ? list.size() : Integer.parseInt(token), value);
        } else {
            throw new IllegalArgumentException(where + ": cannot add " + token + " to " + parent);
        }
    }

    private static void remove(Object parent, String token, String where) {
        if (parent instanceof Map<?, ?> && Yaml.map(parent, where).containsKey(token)) {
            Yaml.map(parent, where).remove(token);
        } else if (parent instanceof List<?> list && Integer.parseInt(token) < list.size()) {
            Yaml.list(parent, where).remove(Integer.parseInt(token));
        } else {
            throw new IllegalArgumentException(where + ": nothing to remove or replace");
        }
    }
}
