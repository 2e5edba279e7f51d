package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.RepoSettings;
import io.pdgitops.service.DefaultRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultFolderTest {

    @TempDir
    Path checkout;

    @BeforeEach
    void gitCheckoutWithTheDefaultFolder() throws IOException {
        Files.createDirectories(checkout.resolve(".git"));
        Files.createDirectories(checkout.resolve(DefaultRepository.DEFAULT_PATH));
        Files.writeString(checkout.resolve(DefaultRepository.DEFAULT_PATH).resolve(RepoSettings.FILE_NAME), "{}\n");
    }

    @Test
    void aFolderHoldingTheSettingsIsTakenAsItIs() throws IOException {
        Path config = Files.createDirectories(checkout.resolve("config"));
        Files.writeString(config.resolve(RepoSettings.FILE_NAME), "{}\n");

        DefaultFolder.Choice choice = DefaultFolder.choose(config, Map.of());

        assertThat(choice.folder()).isEqualTo(Path.of("."));
        assertThat(choice.reason()).contains(RepoSettings.FILE_NAME);
    }

    @Test
    void atTheRootOfACheckoutTheFolderServeTracksIsTaken() {
        DefaultFolder.Choice choice = DefaultFolder.choose(checkout, Map.of());

        assertThat(choice.folder()).isEqualTo(Path.of(DefaultRepository.DEFAULT_PATH));
        assertThat(DefaultFolder.notice(choice)).contains("reading " + DefaultRepository.DEFAULT_PATH).contains("serve");
    }

    @Test
    void belowTheRootTheFolderIsFoundRelativeToTheWorkingDirectory() throws IOException {
        Path nested = Files.createDirectories(checkout.resolve("src/main"));

        DefaultFolder.Choice choice = DefaultFolder.choose(nested, Map.of());

        assertThat(nested.resolve(choice.folder()).normalize()).isEqualTo(checkout.resolve(DefaultRepository.DEFAULT_PATH));
    }

    @Test
    void theConfiguredFolderWinsOverTheDefault() throws IOException {
        Files.createDirectories(checkout.resolve("pagerduty"));

        DefaultFolder.Choice choice = DefaultFolder.choose(checkout, Map.of(DefaultRepository.PATH_VARIABLE, "pagerduty"));

        assertThat(choice.folder()).isEqualTo(Path.of("pagerduty"));
        assertThat(choice.reason()).contains(DefaultRepository.PATH_VARIABLE);
    }

    @Test
    void withoutSettingsOrTheFolderTheWorkingDirectoryIsTaken() throws IOException {
        DefaultFolder.Choice choice = DefaultFolder.choose(checkout, Map.of(DefaultRepository.PATH_VARIABLE, "missing"));

        assertThat(choice.folder()).isEqualTo(Path.of("."));
        assertThat(choice.reason()).contains("'missing'");
    }
}
