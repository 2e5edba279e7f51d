package io.pdgitops.dashboard;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's {@code chromium}, run headless: the DOM a page has once the browser has loaded it, and screenshots in
 * the light and the dark colour scheme. Tests that need it skip, naming the package, where it is not installed.
 */
final class HeadlessChromium {

    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

    private final Path binary;
    private final Path profile;

    private HeadlessChromium(Path binary, Path profile) {
        this.binary = binary;
        this.profile = profile;
    }

    /** The browser, or the calling test skipped with the package to install. */
    static HeadlessChromium require(Path profile) {
        Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .flatMap(dir -> NAMES.stream().map(name -> Path.of(dir, name))).filter(Files::isExecutable)
                .findFirst();
        assumeTrue(found.isPresent(), "skipped: no Chromium found; install Debian's package: apt-get install chromium");
        return new HeadlessChromium(found.get(), profile);
    }

    /** A tab driven over the DevTools protocol, with a profile of its own. */
    DevToolsPage devTools() throws IOException, InterruptedException {
        return DevToolsPage.open(binary, Files.createDirectories(profile.resolveSibling(profile.getFileName() + "-devtools")));
    }

    /** The serialised DOM after load, scripts (if any) run. */
    String dom(String url) {
        return run(List.of("--dump-dom", url));
    }

    /** A PNG of the page's top, {@code dark} choosing {@code prefers-color-scheme: dark}. */
    void screenshot(String url, Path png, boolean dark) {
        List<String> args = new ArrayList<>(List.of("--window-size=1280,1600", "--hide-scrollbars",
                "--screenshot=" + png.toAbsolutePath()));
        if (dark) {
            args.add("--force-dark-mode");
        }
        args.add(url);
        run(args);
    }

    private String run(List<String> args) {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-extensions", "--user-data-dir=" + profile));
        command.addAll(args);
        try {
            Path err = Files.createTempFile(profile.getParent(), "chromium", ".log");
            Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("chromium failed: " + command + "\n" + Files.readString(err));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
