package io.pdgitops.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher in a copy of the project whose Maven wrapper and {@code java} only record that they ran: what is
 * under test is the launcher's decision to build, and what it tells the user.
 */
class LauncherTest {

    private static final Instant BUILT = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path project;

    private Path jar;

    @BeforeEach
    void projectWithRecordingTools() throws IOException {
        Files.copy(Path.of("pd-gitops"), project.resolve("pd-gitops"));
        project.resolve("pd-gitops").toFile().setExecutable(true);
        script(project.resolve("mvnw"), "echo built >> \"$(dirname \"$0\")/builds\"\n"
                + "mkdir -p target/quarkus-app && : > target/quarkus-app/quarkus-run.jar\n");
        script(project.resolve("bin/java"), "echo \"java $*\"\n");
        Files.writeString(project.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(project.resolve("src/main/java"));
        Files.writeString(project.resolve("src/main/java/App.java"), "class App {}\n");
        jar = project.resolve("target/quarkus-app/quarkus-run.jar");
    }

    @Test
    void theFirstRunBuildsAndSaysHowLongItTakes() throws Exception {
        Result result = launch("--version");

        assertThat(result.err()).contains("building (first run, about 2 minutes");
        assertThat(builds()).isEqualTo(1);
        assertThat(result.out()).startsWith("java ").contains(" -jar " + jar.toRealPath() + " --version");
    }

    @Test
    void aBuildNewerThanEveryInputRunsAsItIs() throws Exception {
        builtAt(BUILT);
        inputsAt(BUILT.minusSeconds(60));

        Result result = launch("validate");

        assertThat(result.err()).isEmpty();
        assertThat(builds()).isZero();
        assertThat(result.out()).contains("validate");
    }

    @Test
    void aSourceEditedAfterTheBuildRebuildsAndNamesTheFile() throws Exception {
        builtAt(BUILT);
        inputsAt(BUILT.minusSeconds(60));
        Files.setLastModifiedTime(project.resolve("src/main/java/App.java"), FileTime.from(BUILT.plusSeconds(60)));

        Result result = launch("validate");

        assertThat(result.err()).contains("src/main/java/App.java is newer than the build; rebuilding");
        assertThat(builds()).isEqualTo(1);
        assertThat(launch("validate").err()).as("the rebuilt jar is fresh").isEmpty();
    }

    @Test
    void aChangedPomRebuilds() throws Exception {
        builtAt(BUILT);
        inputsAt(BUILT.minusSeconds(60));
        Files.setLastModifiedTime(project.resolve("pom.xml"), FileTime.from(BUILT.plusSeconds(1)));

        assertThat(launch("validate").err()).contains("pom.xml is newer than the build");
        assertThat(builds()).isEqualTo(1);
    }

    private void builtAt(Instant time) throws IOException {
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "");
        Files.setLastModifiedTime(jar, FileTime.from(time));
    }

    private void inputsAt(Instant time) throws IOException {
        for (Path input : List.of(project.resolve("pom.xml"), project.resolve("src/main/java/App.java"),
                project.resolve("src/main/java"), project.resolve("src/main"))) {
            Files.setLastModifiedTime(input, FileTime.from(time));
        }
    }

    private int builds() throws IOException {
        Path log = project.resolve("builds");
        return Files.exists(log) ? Files.readAllLines(log).size() : 0;
    }

    private Result launch(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("sh", project.resolve("pd-gitops").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
        builder.environment().put("PATH", project.resolve("bin") + ":" + System.getenv("PATH"));
        builder.redirectOutput(project.resolve("out.txt").toFile());
        builder.redirectError(project.resolve("err.txt").toFile());
        Process process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return new Result(Files.readString(project.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(project.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private static void script(Path file, String body) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n" + body);
        file.toFile().setExecutable(true);
    }

    private record Result(String out, String err) {
    }
}
