package gov.enforcement.deploy.k8s;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

import java.util.List;
import java.util.Map;

/**
 * Whether NetworkPolicies let a connection through, by the Kubernetes rules: a pod selected by a policy of a
 * direction accepts in that direction only what one of those policies allows; the source must be allowed to
 * send and the destination to receive.
 */
final class NetworkFlows {

    /** A pod: namespace (null for a host outside the cluster), labels, and its named ports. */
    record Pod(String namespace, Map<String, String> labels, Map<String, Integer> ports) {

        static Pod outside() {
            return new Pod(null, Map.of(), Map.of());
        }
    }

    private final List<NetworkPolicy> policies;

    NetworkFlows(List<NetworkPolicy> policies) {
        this.policies = policies;
    }

    boolean allowed(Pod from, Pod to, int port, String protocol) {
        return egressAllowed(from, to, port, protocol) && ingressAllowed(from, to, port, protocol);
    }

    private boolean egressAllowed(Pod from, Pod to, int port, String protocol) {
        if (from.namespace() == null) {
            return true;
        }
        List<NetworkPolicy> selecting = selecting(from, "Egress");
        return selecting.isEmpty() || selecting.stream().flatMap(p -> p.getSpec().getEgress().stream())
                .anyMatch(rule -> peers(rule.getTo(), to, from.namespace()) && ports(rule.getPorts(), to, port, protocol));
    }

    private boolean ingressAllowed(Pod from, Pod to, int port, String protocol) {
        if (to.namespace() == null) {
            return true;
        }
        List<NetworkPolicy> selecting = selecting(to, "Ingress");
        return selecting.isEmpty() || selecting.stream().flatMap(p -> p.getSpec().getIngress().stream())
                .anyMatch(rule -> peers(rule.getFrom(), from, to.namespace()) && ports(rule.getPorts(), to, port, protocol));
    }

    private List<NetworkPolicy> selecting(Pod pod, String direction) {
        return policies.stream()
                .filter(p -> pod.namespace().equals(p.getMetadata().getNamespace()))
                .filter(p -> p.getSpec().getPolicyTypes().contains(direction))
                .filter(p -> matches(p.getSpec().getPodSelector(), pod.labels()))
                .toList();
    }

    /** An empty peer list is everyone; a peer with selectors only matches pods (not hosts outside). */
    private static boolean peers(List<NetworkPolicyPeer> peers, Pod pod, String policyNamespace) {
        if (peers.isEmpty()) {
            return true;
        }
        return peers.stream().anyMatch(peer -> {
            if (peer.getIpBlock() != null) {
                throw new AssertionError("ipBlock peers are not modelled: " + peer);
            }
            if (pod.namespace() == null) {
                return false;
            }
            boolean namespaceOk = peer.getNamespaceSelector() == null
                    ? pod.namespace().equals(policyNamespace)
                    : matches(peer.getNamespaceSelector(), Map.of("kubernetes.io/metadata.name", pod.namespace()));
            return namespaceOk && (peer.getPodSelector() == null || matches(peer.getPodSelector(), pod.labels()));
        });
    }

    private static boolean ports(List<NetworkPolicyPort> ports, Pod destination, int port, String protocol) {
        return ports.isEmpty() || ports.stream().anyMatch(p -> {
            String policyProtocol = p.getProtocol() == null ? "TCP" : p.getProtocol();
            return policyProtocol.equals(protocol) && (p.getPort() == null || samePort(p.getPort(), p.getEndPort(), destination, port));
        });
    }

    private static boolean samePort(IntOrString policyPort, Integer endPort, Pod destination, int port) {
        if (policyPort.getStrVal() != null) {
            return Integer.valueOf(port).equals(destination.ports().get(policyPort.getStrVal()));
        }
        int first = policyPort.getIntVal();
        return endPort == null ? first == port : first <= port && port <= endPort;
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector.getMatchLabels() != null
                && !selector.getMatchLabels().entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())))) {
            return false;
        }
        return selector.getMatchExpressions() == null
                || selector.getMatchExpressions().stream().allMatch(e -> matches(e, labels));
    }

    private static boolean matches(LabelSelectorRequirement requirement, Map<String, String> labels) {
        String value = labels.get(requirement.getKey());
        return switch (requirement.getOperator()) {
            case "In" -> value != null && requirement.getValues().contains(value);
            case "NotIn" -> value == null || !requirement.getValues().contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> throw new AssertionError("selector operator " + requirement.getOperator());
        };
    }
}
