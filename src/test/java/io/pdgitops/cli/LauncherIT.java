package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The launcher writes a class-data-sharing archive on the first short run after a build, maps it on later runs,
 * writes it again once the build is newer, and never lets any of that change a command's output or exit code.
 */
class LauncherIT {

    static final Path ARCHIVE = Path.of("target", "quarkus-app", "pd-gitops-cds.jsa");

    record Run(int exitCode, String stdout) {
    }

    @Test
    void shortRunsWriteTheArchiveOnceThenMapItAndWriteItAgainAfterABuild() throws Exception {
        Files.deleteIfExists(ARCHIVE);

        Run first = launch("validate", "example-repo");
        assertThat(ARCHIVE).exists();
        FileTime written = Files.getLastModifiedTime(ARCHIVE);
        Run second = launch("validate", "example-repo");

        assertThat(first.exitCode()).isZero();
        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(ARCHIVE)).as("mapped, not written again").isEqualTo(written);

        FileTime beforeTheBuild = FileTime.fromMillis(
                Files.getLastModifiedTime(Path.of("target", "quarkus-app", "quarkus-run.jar")).toMillis() - 60_000);
        Files.setLastModifiedTime(ARCHIVE, beforeTheBuild);
        assertThat(launch("validate", "example-repo")).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(ARCHIVE)).as("written again").isNotEqualTo(beforeTheBuild);
    }

    @Test
    void aFailingCommandKeepsItsExitCodeWhileTheArchiveIsWritten() throws Exception {
        Files.deleteIfExists(ARCHIVE);

        Run run = launch("validate", "target/no-such-directory");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.stdout()).doesNotContain("cds");
    }

    private static Run launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", "./pd-gitops"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out);
    }
}
