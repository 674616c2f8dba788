package gov.enforcement.deploy.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The properties a module's {@code @ConfigMapping} interfaces declare, read from their source: the prefix, then
 * each method in kebab case, nested interfaces as groups. Such a property needs no line in application.properties.
 */
final class ConfigMappings {

    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([^\"]+)\"\\)");
    private static final Pattern INTERFACE = Pattern.compile("\\binterface\\s+(\\w+)[^{]*\\{");
    private static final Pattern METHOD = Pattern.compile("(?:@WithName\\(\"([^\"]+)\"\\)\\s*)?(?:@\\w+(?:\\([^)]*\\))?\\s*)*"
            + "([\\w.]+(?:<[^;(]*>)?)\\s+(\\w+)\\(\\)\\s*;");

    private ConfigMappings() {
    }

    static Set<String> of(Path module) {
        Set<String> properties = new TreeSet<>();
        try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = withoutComments(Files.readString(file));
                Matcher mapping = MAPPING.matcher(source);
                if (mapping.find()) {
                    Map<String, String> interfaces = interfaces(source);
                    Matcher top = INTERFACE.matcher(source);
                    if (top.find(mapping.end())) {
                        collect(top.group(1), mapping.group(1), interfaces, properties);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static void collect(String type, String prefix, Map<String, String> interfaces, Set<String> properties) {
        Matcher m = METHOD.matcher(interfaces.get(type));
        while (m.find()) {
            String name = prefix + "." + (m.group(1) != null ? m.group(1) : kebab(m.group(3)));
            String returned = m.group(2).replaceAll("^Optional<(.*)>$", "$1");
            if (interfaces.containsKey(returned)) {
                collect(returned, name, interfaces, properties);
            } else {
                properties.add(name);
            }
        }
    }

    /** Each interface's own body, its nested types' bodies cut out. */
    private static Map<String, String> interfaces(String source) {
        Map<String, String> bodies = new LinkedHashMap<>();
        Matcher m = INTERFACE.matcher(source);
        while (m.find()) {
            StringBuilder own = new StringBuilder();
            int depth = 1;
            for (int i = m.end(); i < source.length() && depth > 0; i++) {
                char c = source.charAt(i);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth == 1 && c != '}') {
                    own.append(c);
                } else if (depth == 1) {
                    own.append(';'); // a nested body ends: nothing of it is a method of this one
                }
            }
            bodies.put(m.group(1), own.toString());
        }
        return bodies;
    }

    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    }

    private static String kebab(String method) {
        return method.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
