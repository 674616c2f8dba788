package gov.enforcement.deploy.k8s;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a custom resource against its CRD's structural OpenAPI schema the way the API server would, minus
 * CEL rules ({@code x-kubernetes-validations}) and formats: types, required fields, enums, patterns, bounds,
 * oneOf/anyOf/allOf, and unknown fields. The API server would silently prune an unknown field; here it is an
 * error, because a misspelt field in a Kafka or Cluster resource is a setting that never takes effect.
 */
final class SchemaValidator {

    private SchemaValidator() {
    }

    static List<String> validate(Map<String, Object> resource, Map<String, Object> schema) {
        // metadata is ObjectMeta, which the API server checks itself; the CRD only says "object"
        Map<String, Object> properties = new java.util.LinkedHashMap<>(Yaml.map(schema.get("properties"), "schema"));
        properties.put("metadata", Map.of("type", "object", "x-kubernetes-preserve-unknown-fields", true));
        Map<String, Object> topLevel = new java.util.LinkedHashMap<>(schema);
        topLevel.put("properties", properties);
        List<String> errors = new ArrayList<>();
        check(resource, topLevel, "", true, errors);
        return errors;
    }

    private static void check(Object value, Map<String, Object> schema, String path, boolean structural,
                              List<String> errors) {
        if (Boolean.TRUE.equals(schema.get("x-kubernetes-int-or-string"))) {
            if (!(value instanceof String || isInteger(value))) {
                errors.add(path + ": expected an integer or a string, found " + value);
            }
            return;
        }
        if (value == null) {
            if (!Boolean.TRUE.equals(schema.get("nullable"))) {
                errors.add(path + ": null is not allowed");
            }
            return;
        }
        if (schema.get("type") instanceof String type && !hasType(value, type)) {
            errors.add(path + ": expected " + type + ", found " + value);
            return;
        }
        if (schema.get("enum") instanceof List<?> allowed && allowed.stream().noneMatch(a -> same(a, value))) {
            errors.add(path + ": " + value + " is not one of " + allowed);
        }
        if (value instanceof String s) {
            checkString(s, schema, path, errors);
        } else if (value instanceof Number n) {
            checkNumber(n, schema, path, errors);
        } else if (value instanceof List<?> list) {
            checkList(list, schema, path, structural, errors);
        } else if (value instanceof Map<?, ?> map) {
            checkObject(Yaml.map(map, path), schema, path, structural, errors);
        }
        checkCombinations(value, schema, path, errors);
    }

    private static void checkString(String s, Map<String, Object> schema, String path, List<String> errors) {
        if (schema.get("pattern") instanceof String pattern && !Pattern.compile(pattern).matcher(s).find()) {
            errors.add(path + ": \"" + s + "\" does not match " + pattern);
        }
        if (schema.get("minLength") instanceof Number min && s.length() < min.intValue()) {
            errors.add(path + ": shorter than " + min);
        }
        if (schema.get("maxLength") instanceof Number max && s.length() > max.intValue()) {
            errors.add(path + ": longer than " + max);
        }
    }

    private static void checkNumber(Number n, Map<String, Object> schema, String path, List<String> errors) {
        BigDecimal value = new BigDecimal(n.toString());
        if (schema.get("minimum") instanceof Number min && value.compareTo(new BigDecimal(min.toString())) < 0) {
            errors.add(path + ": " + n + " is below the minimum " + min);
        }
        if (schema.get("maximum") instanceof Number max && value.compareTo(new BigDecimal(max.toString())) > 0) {
            errors.add(path + ": " + n + " is above the maximum " + max);
        }
    }

    private static void checkList(List<?> list, Map<String, Object> schema, String path, boolean structural,
                                  List<String> errors) {
        if (schema.get("minItems") instanceof Number min && list.size() < min.intValue()) {
            errors.add(path + ": fewer than " + min + " items");
        }
        if (schema.get("maxItems") instanceof Number max && list.size() > max.intValue()) {
            errors.add(path + ": more than " + max + " items");
        }
        if (schema.get("items") instanceof Map<?, ?> items) {
            for (int i = 0; i < list.size(); i++) {
                check(list.get(i), Yaml.map(items, path), path + "[" + i + "]", structural, errors);
            }
        }
    }

    private static void checkObject(Map<String, Object> object, Map<String, Object> schema, String path,
                                    boolean structural, List<String> errors) {
        Map<String, Object> properties = schema.get("properties") instanceof Map<?, ?> p ? Yaml.map(p, path) : Map.of();
        if (schema.get("required") instanceof List<?> required) {
            required.stream().filter(r -> !object.containsKey(r))
                    .forEach(r -> errors.add(path + ": required field " + r + " is missing"));
        }
        boolean preserveUnknown = Boolean.TRUE.equals(schema.get("x-kubernetes-preserve-unknown-fields"));
        for (var entry : object.entrySet()) {
            String field = path + "." + entry.getKey();
            if (properties.get(entry.getKey()) instanceof Map<?, ?> fieldSchema) {
                check(entry.getValue(), Yaml.map(fieldSchema, field), field, structural, errors);
            } else if (schema.get("additionalProperties") instanceof Map<?, ?> additional) {
                check(entry.getValue(), Yaml.map(additional, field), field, structural, errors);
            } else if (structural && !preserveUnknown) {
                errors.add(field + ": unknown field (the API server would drop it)");
            }
        }
    }

    /** oneOf/anyOf/allOf branches only constrain (structural schemas declare fields outside them). */
    private static void checkCombinations(Object value, Map<String, Object> schema, String path, List<String> errors) {
        if (schema.get("allOf") instanceof List<?> all) {
            all.forEach(branch -> check(value, Yaml.map(branch, path), path, false, errors));
        }
        if (schema.get("anyOf") instanceof List<?> any && any.stream().noneMatch(b -> passes(value, b, path))) {
            errors.add(path + ": matches none of the anyOf alternatives");
        }
        if (schema.get("oneOf") instanceof List<?> one) {
            long passing = one.stream().filter(b -> passes(value, b, path)).count();
            if (passing != 1) {
                errors.add(path + ": matches " + passing + " of the oneOf alternatives instead of exactly one");
            }
        }
    }

    private static boolean passes(Object value, Object branch, String path) {
        List<String> branchErrors = new ArrayList<>();
        check(value, Yaml.map(branch, path), path, false, branchErrors);
        return branchErrors.isEmpty();
    }

    private static boolean hasType(Object value, String type) {
        return switch (type) {
            case "object" -> value instanceof Map<?, ?>;
            case "array" -> value instanceof List<?>;
            case "string" -> value instanceof String;
            case "integer" -> isInteger(value);
            case "number" -> value instanceof Number;
            case "boolean" -> value instanceof Boolean;
            default -> throw new IllegalArgumentException("schema type " + type);
        };
    }

    private static boolean isInteger(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof BigInteger;
    }

    private static boolean same(Object allowed, Object value) {
        return allowed.equals(value) || allowed.toString().equals(value.toString());
    }
}
