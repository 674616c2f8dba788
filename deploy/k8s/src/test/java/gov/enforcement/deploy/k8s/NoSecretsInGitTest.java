package gov.enforcement.deploy.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No secret value is committed: Secrets are referenced, created by the operator (README) or by CloudNativePG. */
@DisplayName("No secret values in git")
class NoSecretsInGitTest {

    /** Names of values that are secret (a token issuer or a key's location is not). */
    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i).*(password|passwd|secret|credential|private_key|api_key).*|(?i).*_token");

    static Stream<Manifests> overlays() {
        return Manifests.OVERLAYS.stream();
    }

    /** Every committed file of deploy/k8s except the vendored CRDs and build output. */
    static Stream<Path> committedFiles() throws IOException {
        return Files.walk(Repo.K8S).filter(Files::isRegularFile)
                .filter(f -> !f.startsWith(Repo.K8S.resolve("target")) && !f.startsWith(Repo.K8S.resolve("src/test/resources/crds")));
    }

    @Test
    @DisplayName("no file holds a Secret resource, a private key or credentials in a URL")
    void noSecretMaterial() throws IOException {
        Pattern secretKind = Pattern.compile("(?m)^kind:\\s*Secret\\s*$");
        Pattern credentialsInUrl = Pattern.compile("[a-z]+://[^/\\s:@]+:[^/\\s@]+@");
        for (Path file : committedFiles().toList()) {
            if (file.toString().endsWith(".java")) {
                continue;
            }
            String text = Files.readString(file);
            assertFalse(secretKind.matcher(text).find(), file + " defines a Secret");
            assertFalse(text.contains("PRIVATE KEY-----"), file + " holds a private key");
            assertFalse(credentialsInUrl.matcher(text).find(), file + " has credentials in a URL");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    @DisplayName("variables that look secret come from Secrets, and ConfigMaps hold nothing that looks secret")
    void secretsAreReferences(Manifests overlay) {
        for (Deployment d : overlay.all(Deployment.class)) {
            for (var c : d.getSpec().getTemplate().getSpec().getContainers()) {
                for (var env : c.getEnv()) {
                    if (SECRET_NAME.matcher(env.getName()).matches()) {
                        assertNotNull(env.getValueFrom(), env.getName());
                        assertNotNull(env.getValueFrom().getSecretKeyRef(), env.getName() + " from a Secret");
                    }
                }
            }
        }
        for (ConfigMap cm : overlay.all(ConfigMap.class)) {
            if (cm.getData() != null) {
                cm.getData().keySet().forEach(k -> assertFalse(SECRET_NAME.matcher(k).matches()
                                && !k.endsWith("_LOCATION"), cm.getMetadata().getName() + ": " + k));
            }
        }
        assertTrue(overlay.ofKind("Secret").isEmpty());
    }

    @Test
    @DisplayName("every Secret the manifests reference is listed in the README, for the operator to create")
    void everyReferencedSecretIsDocumented() throws IOException {
        String readme = Files.readString(Repo.K8S.resolve("README.md"));
        for (Manifests overlay : Manifests.OVERLAYS) {
            for (String secret : referencedSecrets(overlay)) {
                assertTrue(readme.contains("`" + secret + "`"), overlay + ": Secret " + secret + " is not in README.md");
            }
        }
        assertEquals(Set.of("backup-object-store", "disclosure-db-app", "gateway-tls", "legal-review-db-app",
                "legal-review-opinion-signing", "recording-audit-signing", "recording-db-app", "recording-evidence-store",
                // created by the operators: the databases' CAs, the Kafka cluster CA, the KafkaUsers' certificates
                "recording-db-ca", "legal-review-db-ca", "disclosure-db-ca", "events-cluster-ca-cert",
                "recording-service", "legal-review-service", "disclosure-service"), referencedSecrets(Manifests.PROD));
    }

    /** Secret names in secretKeyRef, secret volumes, TLS and object-store credentials: any field naming one. */
    static Set<String> referencedSecrets(Manifests overlay) {
        Set<String> names = new TreeSet<>();
        overlay.resources.forEach(r -> collect(r, names));
        return names;
    }

    private static void collect(Object node, Set<String> names) {
        if (node instanceof java.util.Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (("secretKeyRef".equals(k) || "accessKeyId".equals(k) || "secretAccessKey".equals(k))
                        && v instanceof java.util.Map<?, ?> ref) {
                    names.add((String) ref.get("name"));
                } else if (("secretName".equals(k)) && v instanceof String name) {
                    names.add(name);
                } else {
                    collect(v, names);
                }
            });
        } else if (node instanceof java.util.List<?> list) {
            list.forEach(item -> collect(item, names));
        }
    }
}
