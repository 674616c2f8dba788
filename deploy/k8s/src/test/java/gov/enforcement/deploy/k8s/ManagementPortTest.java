package gov.enforcement.deploy.k8s;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Health and metrics live on each pod's management port (quarkus.management): the probes use it, and nothing the
 * edge routes to reaches it, neither an HTTPRoute's backend port nor any port of a Service an HTTPRoute names.
 */
@DisplayName("Probes use the management port; the edge never reaches it")
class ManagementPortTest {

    static final String MANAGEMENT = "management";
    private static final String CONTAINER = "spec/template/spec/containers/0/";
    private static final List<String> PROBES = List.of("startupProbe", "livenessProbe", "readinessProbe");

    static final List<PlantedMistake> MISTAKES = List.of(
            new PlantedMistake("Deployment", "recording-service", CONTAINER + "readinessProbe/httpGet/port", "http",
                    "a probe on the API port, which no longer serves health"),
            new PlantedMistake("Deployment", "gateway", CONTAINER + "livenessProbe/httpGet/port", 8080,
                    "a probe on the API port, by number"),
            new PlantedMistake("Service", "gateway", "spec/ports", List.of(
                    Map.of("name", "http", "port", 80, "targetPort", "http", "protocol", "TCP"),
                    Map.of("name", MANAGEMENT, "port", 9000, "targetPort", MANAGEMENT, "protocol", "TCP")),
                    "the Service the edge routes to also offers the management port"),
            new PlantedMistake("HTTPRoute", "gateway", "spec/rules/0/backendRefs/0",
                    Map.of("name", "recording-service", "port", 9000), "the edge routed to a back end's management port"));

    @Test
    @DisplayName("in both overlays every service's probes use its management port and no routed Service offers it")
    void theManifestsKeepManagementInside() {
        for (Manifests overlay : Manifests.OVERLAYS) {
            assertEquals(List.of(), problems(overlay.resources), overlay.toString());
            for (ServiceModule s : ServiceModule.values()) {
                assertTrue(managementPort(overlay.get("Deployment", s.name)).isPresent(), overlay + " " + s.name);
            }
        }
    }

    @TestFactory
    @DisplayName("a planted mistake is found")
    Stream<DynamicTest> everyPlantedMistakeIsFound() {
        return MISTAKES.stream().map(mistake -> DynamicTest.dynamicTest(mistake.toString(), () -> {
            List<Map<String, Object>> planted = new ArrayList<>();
            for (Map<String, Object> r : Manifests.PROD.resources) {
                boolean target = mistake.kind().equals(r.get("kind")) && mistake.name().equals(Yaml.at(r, "metadata.name"));
                planted.add(target ? mistake.plantInto(r) : r);
            }
            assertTrue(!problems(planted).isEmpty(), "not found: " + mistake);
        }));
    }

    /** What breaks the rule, one line each; empty when the resources keep it. */
    static List<String> problems(List<Map<String, Object>> resources) {
        List<String> problems = new ArrayList<>();
        List<Map<String, Object>> deployments = ofKind(resources, "Deployment");
        for (Map<String, Object> deployment : deployments) {
            for (Object c : containers(deployment)) {
                Map<String, Object> container = Yaml.map(c, "container");
                Optional<Integer> management = containerPort(container, MANAGEMENT);
                for (String probe : PROBES) {
                    Object port = container.get(probe) == null ? null : Yaml.at(container.get(probe), "httpGet.port");
                    if (management.isPresent() && port != null && !resolvesTo(container, port, management.get())) {
                        problems.add(name(deployment) + ": " + probe + " on port " + port + ", not " + MANAGEMENT);
                    }
                }
            }
        }
        for (Map<String, Object> route : ofKind(resources, "HTTPRoute")) {
            Object rules = Yaml.at(route, "spec.rules");
            for (Object rule : rules == null ? List.of() : Yaml.list(rules, "rules")) {
                Object refs = Yaml.map(rule, "rule").get("backendRefs");
                for (Object ref : refs == null ? List.of() : Yaml.list(refs, "backendRefs")) {
                    problems.addAll(routedServiceProblems(resources, name(route), Yaml.map(ref, "backendRef")));
                }
            }
        }
        return problems;
    }

    private static List<String> routedServiceProblems(List<Map<String, Object>> resources, String route,
                                                      Map<String, Object> ref) {
        Map<String, Object> service = ofKind(resources, "Service").stream()
                .filter(s -> Objects.equals(ref.get("name"), Yaml.at(s, "metadata.name"))).findFirst().orElse(null);
        if (service == null) {
            return List.of(route + ": routes to Service " + ref.get("name") + ", which does not exist");
        }
        List<String> problems = new ArrayList<>();
        for (Object p : Yaml.list(Yaml.at(service, "spec.ports"), "ports")) {
            Map<String, Object> port = Yaml.map(p, "port");
            for (Map<String, Object> container : selectedContainers(resources, service)) {
                Optional<Integer> management = containerPort(container, MANAGEMENT);
                Object target = port.getOrDefault("targetPort", port.get("port"));
                if (management.isPresent() && resolvesTo(container, target, management.get())) {
                    problems.add(route + ": Service " + name(service) + " port " + port.get("port")
                            + " reaches the management port");
                }
            }
        }
        return problems;
    }

    private static List<Map<String, Object>> selectedContainers(List<Map<String, Object>> resources,
                                                                Map<String, Object> service) {
        Map<String, Object> selector = Yaml.map(Yaml.at(service, "spec.selector"), "selector");
        return ofKind(resources, "Deployment").stream()
                .filter(d -> Yaml.map(Yaml.at(d, "spec.template.metadata.labels"), "labels").entrySet()
                        .containsAll(selector.entrySet()))
                .flatMap(d -> containers(d).stream()).map(c -> Yaml.map(c, "container")).toList();
    }

    /** A port given by name or by number, as probes and Services give it. */
    private static boolean resolvesTo(Map<String, Object> container, Object port, int number) {
        if (port instanceof Number n) {
            return n.intValue() == number;
        }
        return containerPort(container, String.valueOf(port)).map(p -> p == number).orElse(false);
    }

    static Optional<Integer> managementPort(Map<String, Object> deployment) {
        return containers(deployment).stream().map(c -> containerPort(Yaml.map(c, "container"), MANAGEMENT))
                .flatMap(Optional::stream).findFirst();
    }

    private static Optional<Integer> containerPort(Map<String, Object> container, String name) {
        Object ports = container.get("ports");
        return (ports == null ? List.of() : Yaml.list(ports, "ports")).stream().map(p -> Yaml.map(p, "port"))
                .filter(p -> name.equals(p.get("name"))).map(p -> ((Number) p.get("containerPort")).intValue()).findFirst();
    }

    private static List<Object> containers(Map<String, Object> deployment) {
        return Yaml.list(Yaml.at(deployment, "spec.template.spec.containers"), "containers");
    }

    private static List<Map<String, Object>> ofKind(List<Map<String, Object>> resources, String kind) {
        return resources.stream().filter(r -> kind.equals(r.get("kind"))).toList();
    }

    private static String name(Map<String, Object> resource) {
        return resource.get("kind") + " " + Yaml.at(resource, "metadata.name");
    }
}
