package gov.enforcement.deploy.k8s;

import java.util.Map;

/** The paths Quarkus serves its health and metrics endpoints at, from the configuration that moves them. */
final class QuarkusPaths {

    private QuarkusPaths() {
    }

    static String health(Map<String, String> config, String check) {
        String key = switch (check) {
            case "live" -> "quarkus.smallrye-health.liveness-path";
            case "ready" -> "quarkus.smallrye-health.readiness-path";
            case "started" -> "quarkus.smallrye-health.startup-path";
            default -> throw new IllegalArgumentException(check);
        };
        String root = under(nonApplicationRoot(config), config.getOrDefault("quarkus.smallrye-health.root-path", "health"));
        return under(root, config.getOrDefault(key, check));
    }

    static String metrics(Map<String, String> config) {
        return under(nonApplicationRoot(config), config.getOrDefault("quarkus.micrometer.export.prometheus.path", "metrics"));
    }

    private static String nonApplicationRoot(Map<String, String> config) {
        return under(config.getOrDefault("quarkus.http.root-path", "/"),
                config.getOrDefault("quarkus.http.non-application-root-path", "q"));
    }

    /** A relative path is under its parent, an absolute one stands alone (Quarkus' rule). */
    private static String under(String parent, String path) {
        if (path.startsWith("/")) {
            return path;
        }
        return (parent.endsWith("/") ? parent : parent + "/") + path;
    }
}
