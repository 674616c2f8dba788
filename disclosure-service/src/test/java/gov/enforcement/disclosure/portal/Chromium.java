package gov.enforcement.disclosure.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A headless Chromium that loads a page and answers the DOM it rendered ({@code --dump-dom}). */
final class Chromium {

    private static final List<String> NAMES = List.of("chromium-headless-shell", "chromium", "chromium-browser",
            "google-chrome", "headless_shell");

    private Chromium() {
    }

    /** CHROME_BIN, or the first Chromium on the PATH. */
    static Optional<String> find() {
        String configured = System.getenv("CHROME_BIN");
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return Optional.of(configured);
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .flatMap(dir -> NAMES.stream().map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable).map(Path::toString).findFirst();
    }

    static String dumpDom(String binary, String url) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        Process process = new ProcessBuilder(binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--lang=zh-CN",
                // this machine's network is closed: no background connections, updates or sync
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--dump-dom", url)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium did not finish loading " + url);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
