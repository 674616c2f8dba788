package gov.enforcement.deploy.k8s;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** One build of an overlay (by {@link KustomizeBuild}) and look-ups into it. */
final class Manifests {

    static final Manifests BASE = new Manifests("base", Repo.BASE);
    static final Manifests DEV = new Manifests("dev", Repo.DEV);
    static final Manifests PROD = new Manifests("prod", Repo.PROD);
    static final List<Manifests> OVERLAYS = List.of(DEV, PROD);

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    final String name;
    final Path dir;
    final List<Map<String, Object>> resources;

    private Manifests(String name, Path dir) {
        this.name = name;
        this.dir = dir;
        this.resources = List.copyOf(KustomizeBuild.build(dir));
    }

    List<Map<String, Object>> ofKind(String kind) {
        return resources.stream().filter(r -> kind.equals(r.get("kind"))).toList();
    }

    Optional<Map<String, Object>> find(String kind, String resourceName) {
        return ofKind(kind).stream().filter(r -> resourceName.equals(Yaml.at(r, "metadata.name"))).findFirst();
    }

    Map<String, Object> get(String kind, String resourceName) {
        return find(kind, resourceName).orElseThrow(
                () -> new AssertionError(name + " has no " + kind + " " + resourceName));
    }

    <T> T get(Class<T> type, String resourceName) {
        return typed(get(type.getSimpleName(), resourceName), type);
    }

    <T> List<T> all(Class<T> type) {
        return ofKind(type.getSimpleName()).stream().map(r -> typed(r, type)).toList();
    }

    /** A resource (or part of one) read into fabric8's model, to use the model's types in a check. */
    static <T> T typed(Object resource, Class<T> type) {
        return SERIALIZATION.convertValue(resource, type);
    }

    @Override
    public String toString() {
        return name;
    }

    /** Every YAML file under deploy/k8s/base and the overlays, as committed. */
    static List<Path> yamlFiles() {
        try (Stream<Path> files = Stream.concat(Files.walk(Repo.BASE), Files.walk(Repo.K8S.resolve("overlays")))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
