package gov.enforcement.deploy.k8s;

import java.util.List;
import java.util.Map;

/** Kustomize's images transformer: a new name and tag for every container that runs a given image. */
final class Images {

    private Images() {
    }

    static void retag(List<Map<String, Object>> resources, Map<String, Object> rule) {
        resources.forEach(r -> walk(r, rule));
    }

    /** The image without its tag or digest: "three-systems/gateway:1.0.0" is "three-systems/gateway". */
    static String name(String image) {
        int digest = image.indexOf('@');
        String withoutDigest = digest < 0 ? image : image.substring(0, digest);
        int colon = withoutDigest.lastIndexOf(':');
        return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.substring(0, colon) : withoutDigest;
    }

    static String tag(String image) {
        String name = name(image);
        return image.length() > name.length() + 1 && image.charAt(name.length()) == ':'
                ? image.substring(name.length() + 1) : null;
    }

    private static void walk(Object node, Map<String, Object> rule) {
        if (node instanceof Map<?, ?> map) {
            for (var entry : map.entrySet()) {
                if ((entry.getKey().equals("containers") || entry.getKey().equals("initContainers"))
                        && entry.getValue() instanceof List<?> containers) {
                    containers.forEach(c -> retagContainer(Yaml.map(c, "container"), rule));
                } else {
                    walk(entry.getValue(), rule);
                }
            }
        } else if (node instanceof List<?> list) {
            list.forEach(item -> walk(item, rule));
        }
    }

    private static void retagContainer(Map<String, Object> container, Map<String, Object> rule) {
        if (!(container.get("image") instanceof String image) || !name(image).equals(rule.get("name"))) {
            return;
        }
        String newName = (String) rule.getOrDefault("newName", name(image));
        String newTag = rule.get("newTag") != null ? (String) rule.get("newTag") : tag(image);
        container.put("image", newTag == null ? newName : newName + ":" + newTag);
    }
}
