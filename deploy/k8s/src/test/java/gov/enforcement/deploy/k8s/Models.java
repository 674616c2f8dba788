package gov.enforcement.deploy.k8s;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Kubernetes resources read into fabric8's models. The models are lenient (an unknown or mistyped field
 * lands in {@code additionalProperties} instead of failing), so {@link #strayFields} walks the model
 * and reports every such field: a misspelt {@code readinesProbe} is an error here, not silently nothing.
 */
final class Models {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private Models() {
    }

    /** The fabric8 model of this resource's apiVersion and kind, or a generic one for custom resources. */
    static KubernetesResource parse(Map<String, Object> resource) {
        return SERIALIZATION.convertValue(resource, KubernetesResource.class);
    }

    static boolean isBuiltIn(Map<String, Object> resource) {
        return !(parse(resource) instanceof GenericKubernetesResource);
    }

    static <T> T typed(Map<String, Object> resource, Class<T> type) {
        return SERIALIZATION.convertValue(resource, type);
    }

    /** Paths of the fields the model did not recognise. */
    static List<String> strayFields(Object model) {
        List<String> stray = new ArrayList<>();
        walk(model, "", stray);
        return stray;
    }

    private static void walk(Object node, String path, List<String> stray) {
        if (node == null || node instanceof String || node instanceof Number || node instanceof Boolean
                || node instanceof Enum<?>) {
            return;
        }
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", stray);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, stray));
            return;
        }
        if (!node.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object value = invoke(getter, node);
            if (getter.getName().equals("getAdditionalProperties")) {
                ((Map<?, ?>) value).keySet().forEach(k -> stray.add(path + "." + k));
            } else {
                walk(value, path + "." + decapitalize(getter.getName().substring(3)), stray);
            }
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(getter.toString(), e);
        }
    }

    private static String decapitalize(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
