package io.pdgitops.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.service.ConfigRepoServer;
import io.pdgitops.service.ServiceProcess;
import io.pdgitops.source.GitCli;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code sh} block of the README and of {@code docs/*.md}, run page by page in a scratch Git checkout of
 * the example with the launcher and the packaged application, as {@code docs/documented-commands.md} describes.
 */
class DocumentedCommandsIT {

    private static final List<String> OWN_PREFIXES = List.of("PD_GITOPS_", "PAGERDUTY_", "QUARKUS_");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyShellBlockOfEveryPageRuns() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages.stream().map(page -> DynamicTest.dynamicTest(page.toString(), () -> run(page)));
    }

    private void run(Path page) throws Exception {
        int port = freePort();
        DocumentedScript script = DocumentedScript.of(page.toString(), Files.readString(page), port);
        Assumptions.assumeFalse(script.commands().isEmpty(), page + " shows no command to run");
        Assumptions.assumeTrue(GitCli.installed(), "git is not installed (Debian package git)");
        Assumptions.assumeTrue(installed("curl"), "curl is not installed (Debian package curl)");
        Path checkout = Files.createDirectories(temp.resolve(page.getFileName().toString()));
        scratchCheckout(checkout);
        Path scriptFile = checkout.resolve(".commands.sh");
        Path serviceLog = temp.resolve(page.getFileName() + ".service.log");
        Files.writeString(scriptFile, script.script(serviceLog.toString()));
        Path output = temp.resolve(page.getFileName() + ".out");

        ProcessBuilder builder = new ProcessBuilder("bash", scriptFile.toString()).directory(checkout.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        environment(builder.environment(), port);
        Process process = builder.start();
        boolean finished = process.waitFor(300, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }

        assertThat(finished && process.exitValue() == 0)
                .as("the commands of %s; their output:%n%s", page, Files.readString(output)).isTrue();
    }

    /** A Git checkout on {@code main} with the example, the launcher and the build {@code ./mvnw verify} packaged. */
    private static void scratchCheckout(Path checkout) throws Exception {
        GitCli.run(checkout, "init", "-q", "-b", "main");
        ConfigRepoServer.copyTree(Path.of("example-repo"), checkout.resolve("example-repo"));
        Files.copy(Path.of("pd-gitops"), checkout.resolve("pd-gitops"));
        checkout.resolve("pd-gitops").toFile().setExecutable(true);
        Path runner = Path.of(System.getProperty(ServiceProcess.RUNNER_PROPERTY, "target/quarkus-app/quarkus-run.jar"));
        assertThat(runner).as("the packaged application (./mvnw verify packages it)").isRegularFile();
        Files.createDirectories(checkout.resolve("target"));
        Files.createSymbolicLink(checkout.resolve("target/quarkus-app"), runner.toAbsolutePath().getParent());
        Files.writeString(checkout.resolve(".gitignore"), "target/\n.pd-gitops/\n.commands.sh\n");
        GitCli.run(checkout, "add", "-A");
        GitCli.run(checkout, "commit", "-q", "-m", "Start from the example configuration");
    }

    private static void environment(Map<String, String> environment, int port) {
        environment.keySet().removeIf(name -> OWN_PREFIXES.stream().anyMatch(name::startsWith));
        environment.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + environment.get("PATH"));
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        // a commit reaches the service within a second, as it would after the minute a reader waits
        environment.put("PD_GITOPS_POLL_INTERVAL", "1s");
        environment.put("NO_COLOR", "1");
        for (String role : List.of("AUTHOR", "COMMITTER")) {
            environment.put("GIT_" + role + "_NAME", "Taro Yamada");
            environment.put("GIT_" + role + "_EMAIL", "taro@example.com");
        }
    }

    private static boolean installed(String tool) {
        try {
            Process process = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException missing) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
