package gov.enforcement.deploy.k8s;

import java.util.List;
import java.util.Map;

/**
 * One mistake planted into a copy of a real resource of the prod build: a value set (or a field removed) at a
 * path of map keys and list indexes ("spec/ports/0/protocol"), and what it would break.
 */
record PlantedMistake(String kind, String name, String path, Object value, String why) {

    /** The value that removes the field instead of setting it. */
    static final Object REMOVED = new Object();

    Map<String, Object> plantInto(Map<String, Object> resource) {
        Map<String, Object> copy = Yaml.map(Yaml.copy(resource), kind);
        List<String> keys = List.of(path.split("/"));
        Object parent = copy;
        for (String key : keys.subList(0, keys.size() - 1)) {
            parent = parent instanceof List<?> list ? list.get(Integer.parseInt(key)) : Yaml.map(parent, path).get(key);
            if (parent == null) {
                throw new IllegalArgumentException(kind + " " + name + " has nothing at " + path);
            }
        }
        String last = keys.get(keys.size() - 1);
        if (parent instanceof List<?>) {
            Yaml.list(parent, path).set(Integer.parseInt(last), value);
        } else if (value == REMOVED) {
            Yaml.map(parent, path).remove(last);
        } else {
            Yaml.map(parent, path).put(last, value);
        }
        return copy;
    }

    /** Where the validator reports it, as a JSON pointer: at the field, or at its parent naming the field. */
    String parentPointer() {
        return path.contains("/") ? "/" + path.substring(0, path.lastIndexOf('/')) : "";
    }

    String field() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return kind + " " + name + ": " + path + (value == REMOVED ? " removed" : " = " + value) + " (" + why + ")";
    }
}
