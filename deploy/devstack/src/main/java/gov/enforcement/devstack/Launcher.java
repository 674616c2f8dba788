package gov.enforcement.devstack;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Entry point of {@code java -jar devstack.jar}: runs {@link DevStack} with the jars of {@code lib/} beside
 * it on its class path.
 *
 * <p>Not a manifest {@code Class-Path}: in a reactor build the other modules get this very jar as a
 * dependency, and the JVM would follow such a header into {@code target/lib}, putting every library twice
 * on their test class paths (and the launcher's slf4j-simple binding with them).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Throwable {
        Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path lib = jar.resolveSibling("lib");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
            DevStack.main(args); // started from an IDE or a full class path: nothing to add
            return;
        }
        URLClassLoader loader = new URLClassLoader("devstack", classPath(jar, lib), ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        try {
            loader.loadClass(DevStack.class.getName()).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static URL[] classPath(Path jar, Path lib) throws IOException {
        List<URL> urls = new ArrayList<>();
        urls.add(jar.toUri().toURL());
        try (Stream<Path> jars = Files.list(lib)) {
            for (Path p : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                urls.add(toUrl(p));
            }
        }
        return urls.toArray(URL[]::new);
    }

    private static URL toUrl(Path p) {
        try {
            return p.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
