package gov.enforcement.devstack;

import gov.enforcement.events.Topics;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import java.util.ArrayList;
import java.util.List;

/**
 * What each service may do on the broker (ARCHITECTURE.md, "Services and ownership"): write its own topics and the
 * dead-letter topics of what it consumes, read what it consumes, in its own consumer group only. The same table as
 * the KafkaUsers of deploy/k8s; everything not granted is refused, since the authorizer allows nothing by default.
 */
public record KafkaAccess(StackService service, List<String> writes, List<String> reads) {

    /** Every service that talks to Kafka, with its rights; the gateway has none. */
    public static final List<KafkaAccess> ALL = List.of(
            new KafkaAccess(StackService.RECORDING, List.of(Topics.CASE_EVENTS),
                    List.of(Topics.REVIEW_EVENTS, Topics.DISCLOSURE_EVENTS, Topics.REGISTRY_EVENTS)),
            new KafkaAccess(StackService.LEGAL_REVIEW, List.of(Topics.REVIEW_EVENTS), List.of(Topics.CASE_EVENTS)),
            new KafkaAccess(StackService.DISCLOSURE, List.of(Topics.DISCLOSURE_EVENTS, Topics.REGISTRY_EVENTS),
                    List.of(Topics.CASE_EVENTS, Topics.REVIEW_EVENTS)));

    public KafkaAccess {
        writes = List.copyOf(writes);
        reads = List.copyOf(reads);
    }

    /** The client identity: the certificate's CN, the KafkaUser's name. */
    public String identity() {
        return service.serviceName();
    }

    public String principal() {
        return "User:CN=" + identity();
    }

    /** Its consumer group: every channel of a service shares one (group.id in its application.properties). */
    public String group() {
        return service.serviceName();
    }

    /** Its own topics, then the dead-letter topics its consumers park poison messages in. */
    public List<String> writtenTopics() {
        List<String> topics = new ArrayList<>(writes);
        reads.forEach(topic -> topics.add(Topics.deadLetter(topic)));
        return topics;
    }

    /** The ACLs that grant exactly this (Write and Read imply Describe; the idempotent producer needs no more). */
    public List<AclBinding> bindings() {
        List<AclBinding> acls = new ArrayList<>();
        writtenTopics().forEach(topic -> acls.add(allow(ResourceType.TOPIC, topic, AclOperation.WRITE)));
        reads.forEach(topic -> acls.add(allow(ResourceType.TOPIC, topic, AclOperation.READ)));
        acls.add(allow(ResourceType.GROUP, group(), AclOperation.READ));
        return acls;
    }

    private AclBinding allow(ResourceType type, String name, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, PatternType.LITERAL),
                new AccessControlEntry(principal(), "*", operation, AclPermissionType.ALLOW));
    }
}
