package gov.enforcement.deploy.k8s;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A service's Deployment, its container and the configuration that container runs with. */
record Workloads(Manifests overlay, ServiceModule service) {

    Deployment deployment() {
        return overlay.get(Deployment.class, service.name);
    }

    Container container() {
        return deployment().getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> c.getName().equals(service.name)).findFirst()
                .orElseThrow(() -> new AssertionError(service.name + ": no container of that name"));
    }

    Map<String, String> env() {
        return QuarkusEnv.of(container(), overlay);
    }

    String profile() {
        return env().getOrDefault("QUARKUS_PROFILE", "prod");
    }

    /**
     * What the service reads at run time: its profile's configuration with the container's variables over it, each
     * variable naming a property of the files, of a config mapping, or of Quarkus itself.
     */
    Map<String, String> runtimeConfig() {
        Set<String> known = new HashSet<>(service.mappedProperties());
        known.addAll(QuarkusConfigModel.PROPERTIES.values());
        return QuarkusEnv.apply(service.config(profile()), known, env());
    }

    int containerPort(String name) {
        return container().getPorts().stream().filter(p -> name.equals(p.getName())).findFirst()
                .map(ContainerPort::getContainerPort)
                .orElseThrow(() -> new AssertionError(service.name + " has no container port named " + name));
    }

    @Override
    public String toString() {
        return overlay + " " + service.name;
    }
}
