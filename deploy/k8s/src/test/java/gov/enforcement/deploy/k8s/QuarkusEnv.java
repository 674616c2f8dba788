package gov.enforcement.deploy.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The environment a container gets from the manifests, and how Quarkus reads it: a variable sets the property
 * whose name, upper-cased with every other character than letters and digits turned into '_', equals it.
 */
final class QuarkusEnv {

    private QuarkusEnv() {
    }

    /** Variable name to value; a value taken from a Secret is "secret:<name>/<key>". */
    static Map<String, String> of(Container container, Manifests manifests) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvFromSource from : container.getEnvFrom()) {
            if (from.getConfigMapRef() != null) {
                manifests.get(ConfigMap.class, from.getConfigMapRef().getName()).getData().forEach(env::put);
            } else {
                throw new AssertionError("envFrom only from ConfigMaps: " + from);
            }
        }
        for (EnvVar var : container.getEnv()) {
            if (var.getValue() != null) {
                env.put(var.getName(), var.getValue());
            } else if (var.getValueFrom() != null && var.getValueFrom().getSecretKeyRef() != null) {
                var ref = var.getValueFrom().getSecretKeyRef();
                env.put(var.getName(), "secret:" + ref.getName() + "/" + ref.getKey());
            } else {
                throw new AssertionError(var.getName() + ": only values and Secret keys");
            }
        }
        return env;
    }

    static String variable(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** The service's configuration in a profile with these variables applied over it. */
    static Map<String, String> apply(Map<String, String> config, Map<String, String> env) {
        return apply(config, java.util.Set.of(), env);
    }

    /** As above, knowing also properties no file names (a config mapping's, with defaults in the interface). */
    static Map<String, String> apply(Map<String, String> config, java.util.Set<String> mapped, Map<String, String> env) {
        Map<String, String> result = new LinkedHashMap<>(config);
        Map<String, String> byVariable = new LinkedHashMap<>();
        mapped.forEach(k -> byVariable.put(variable(k), k));
        config.keySet().forEach(k -> byVariable.put(variable(k), k));
        env.forEach((name, value) -> result.put(byVariable.getOrDefault(name, name.toLowerCase(Locale.ROOT).replace('_', '.')), value));
        return result;
    }
}
