package gov.enforcement.deploy.k8s;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks are only worth something if they fail: a few known-bad resources. */
@DisplayName("The schema checks reject what the API server would refuse or drop")
class SchemaValidatorTest {

    private static Map<String, Object> topic(String spec) {
        return Yaml.resources("apiVersion: kafka.strimzi.io/v1\nkind: KafkaTopic\nmetadata: {name: t}\nspec: " + spec).get(0);
    }

    private static List<String> errors(Map<String, Object> resource) {
        return SchemaValidator.validate(resource, CrdSchemas.of("kafka.strimzi.io/v1", "KafkaTopic").orElseThrow());
    }

    @Test
    @DisplayName("a valid KafkaTopic passes")
    void validTopic() {
        assertEquals(List.of(), errors(topic("{partitions: 3, replicas: 3, config: {retention.ms: 1}}")));
    }

    @Test
    @DisplayName("a misspelt field is an error, not silently pruned")
    void unknownField() {
        assertEquals(List.of(".spec.replica: unknown field (the API server would drop it)"),
                errors(topic("{partitions: 3, replica: 3}")));
    }

    @Test
    @DisplayName("a wrong type and a value below the minimum are errors")
    void typesAndBounds() {
        List<String> errors = errors(topic("{partitions: three, replicas: 0}"));
        assertTrue(errors.stream().anyMatch(e -> e.startsWith(".spec.partitions: expected integer")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.startsWith(".spec.replicas: 0 is below the minimum")), errors::toString);
    }

    @Test
    @DisplayName("deep inside a CloudNativePG Cluster, a misspelt field and a bad enum value are found")
    void clusterErrors() {
        var cluster = Yaml.resources("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: c}
                spec:
                  instances: 3
                  storage: {size: 1Gi}
                  postgresql:
                    synchronous: {method: sometimes, number: 1, dataDurabilty: required}
                """).get(0);
        List<String> errors = SchemaValidator.validate(cluster, CrdSchemas.of("postgresql.cnpg.io/v1", "Cluster").orElseThrow());
        assertTrue(errors.contains(".spec.postgresql.synchronous.dataDurabilty: unknown field (the API server would drop it)"),
                errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.startsWith(".spec.postgresql.synchronous.method: sometimes is not one of")),
                errors::toString);
    }

    @Test
    @DisplayName("an unknown field of a Deployment is found in fabric8's model")
    void strayFieldInBuiltInKind() {
        var deployment = Yaml.resources("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d}
                spec:
                  template:
                    spec:
                      containers:
                        - name: c
                          readinesProbe: {periodSeconds: 5}
                """).get(0);
        assertEquals(List.of(".spec.template.spec.containers[0].readinesProbe"),
                Models.strayFields(Models.parse(deployment)));
    }
}
