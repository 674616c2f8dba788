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

    /**
     * Where the container reads one key of a Secret: the volume must list the keys it mounts (so that, say, a CA's
     * private key beside its certificate never reaches the pod) and the container must mount it read-only.
     */
    String mountedSecretFile(String secret, String key) {
        var volume = deployment().getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getSecret() != null && secret.equals(v.getSecret().getSecretName())).findFirst()
                .orElseThrow(() -> new AssertionError(this + ": no volume of the Secret " + secret));
        var items = volume.getSecret().getItems();
        if (items == null || items.isEmpty()) {
            throw new AssertionError(this + ": the volume " + volume.getName() + " mounts every key of " + secret);
        }
        String path = items.stream().filter(i -> key.equals(i.getKey())).findFirst()
                .orElseThrow(() -> new AssertionError(this + ": " + secret + " mounted without " + key)).getPath();
        var mount = container().getVolumeMounts().stream().filter(m -> volume.getName().equals(m.getName())).findFirst()
                .orElseThrow(() -> new AssertionError(this + ": the volume " + volume.getName() + " is not mounted"));
        if (!Boolean.TRUE.equals(mount.getReadOnly())) {
            throw new AssertionError(this + ": " + volume.getName() + " is mounted writable");
        }
        return mount.getMountPath() + "/" + path;
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
