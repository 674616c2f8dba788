package gov.enforcement.deploy.k8s;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/** One of the four services as its Maven module defines it: dependencies and configuration. */
enum ServiceModule {

    RECORDING("recording-service", "recording-db"),
    LEGAL_REVIEW("legal-review-service", "legal-review-db"),
    DISCLOSURE("disclosure-service", "disclosure-db"),
    GATEWAY("gateway", null);

    private static final Map<ServiceModule, Set<String>> MAPPED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Module directory, Deployment, Service and container name. */
    final String name;
    private final String database;

    ServiceModule(String name, String database) {
        this.name = name;
        this.database = database;
    }

    /** The CloudNativePG Cluster this service owns, if it has a database. */
    Optional<String> databaseCluster() {
        return Optional.ofNullable(database);
    }

    Path dir() {
        return Repo.ROOT.resolve(name);
    }

    boolean usesPlatform() {
        return dependencies(dir().resolve("pom.xml")).contains("gov.enforcement:platform");
    }

    /** group:artifact of every dependency of the module, and of platform's when it uses platform. */
    Set<String> dependencies() {
        Set<String> deps = new LinkedHashSet<>(dependencies(dir().resolve("pom.xml")));
        if (usesPlatform()) {
            deps.addAll(dependencies(Repo.ROOT.resolve("platform/pom.xml")));
        }
        return deps;
    }

    /**
     * The configuration a packaged service runs with in a profile: platform's shared defaults (when used), then
     * application.properties, each with that profile's {@code %profile.} keys applied over the plain ones.
     */
    Map<String, String> config(String profile) {
        Map<String, String> config = new LinkedHashMap<>();
        if (usesPlatform()) {
            config.putAll(properties(Repo.ROOT.resolve("platform/src/main/resources/META-INF/microprofile-config.properties")));
        }
        config.putAll(properties(dir().resolve("src/main/resources/application.properties")));
        Map<String, String> effective = new LinkedHashMap<>();
        config.forEach((key, value) -> {
            if (!key.startsWith("%")) {
                effective.putIfAbsent(key, value);
            }
        });
        String prefix = "%" + profile + ".";
        config.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                effective.put(key.substring(prefix.length()), value);
            }
        });
        return effective;
    }

    /** Properties of the module's {@code @ConfigMapping}s, which need no line in a properties file. */
    Set<String> mappedProperties() {
        return MAPPED.computeIfAbsent(this, s -> ConfigMappings.of(s.dir()));
    }

    static ServiceModule named(String name) {
        for (ServiceModule s : values()) {
            if (s.name.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no service " + name);
    }

    private static Map<String, String> properties(Path file) {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new LinkedHashMap<>();
        props.stringPropertyNames().forEach(k -> map.put(k, props.getProperty(k)));
        return map;
    }

    private static Set<String> dependencies(Path pom) {
        try {
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
            Element project = doc.getDocumentElement();
            Set<String> deps = new LinkedHashSet<>();
            NodeList dependencies = project.getElementsByTagName("dependency");
            for (int i = 0; i < dependencies.getLength(); i++) {
                Element dep = (Element) dependencies.item(i);
                if (dep.getParentNode().getParentNode() == project) {
                    deps.add(text(dep, "groupId") + ":" + text(dep, "artifactId"));
                }
            }
            return deps;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + pom, e);
        }
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
    }
}
