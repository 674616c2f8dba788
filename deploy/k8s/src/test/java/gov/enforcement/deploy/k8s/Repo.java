package gov.enforcement.deploy.k8s;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths in this repository, found from wherever the tests run (Maven runs them in deploy/k8s). */
final class Repo {

    static final Path ROOT = findRoot();
    static final Path K8S = ROOT.resolve("deploy/k8s");
    static final Path BASE = K8S.resolve("base");
    static final Path DEV = K8S.resolve("overlays/dev");
    static final Path PROD = K8S.resolve("overlays/prod");

    private Repo() {
    }

    private static Path findRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("deploy/k8s/base/kustomization.yaml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("run the tests inside the repository: no deploy/k8s/base above "
                + Path.of("").toAbsolutePath());
    }
}
