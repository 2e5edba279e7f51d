package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.load.ConfigLoader;
import io.pdgitops.service.ConfigRepoServer;
import io.pdgitops.service.DefaultRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that reads a configuration folder, run with none from a temporary working directory: it takes the
 * folder {@code validate} takes and says so. The folders exist only under the temporary directory, so a command
 * that read the JVM's own working directory instead would fail.
 */
class DefaultFolderCommandsTest {

    /** A folder name the JVM's working directory does not have. */
    private static final String CONFIGURED = "pagerduty-config";

    @TempDir
    Path checkout;

    private Path config;

    @BeforeEach
    void checkoutWithTheConfigurationInAFolder() throws IOException {
        Files.createDirectories(checkout.resolve(".git"));
        config = checkout.resolve(CONFIGURED);
        ConfigRepoServer.copyTree(Path.of(ReconcileCommandsTest.EXAMPLE), config);
        assertThat(Path.of(CONFIGURED)).as("the JVM's working directory must not have it").doesNotExist();
    }

    static Stream<List<String>> commands() {
        String schedule = ConfigLoader.load(Path.of(ReconcileCommandsTest.EXAMPLE)).state().schedules().get(0).name();
        return Stream.of(
                List.of("validate"),
                List.of("plan"),
                List.of("drift"),
                List.of("apply", "--auto-approve"),
                List.of("preview", "--offline", "--schedule", schedule, "--days", "1"));
    }

    @ParameterizedTest(name = "{0} at the checkout root")
    @MethodSource("commands")
    void theFolderNamedByTheEnvironmentIsTakenAtTheCheckoutRoot(List<String> command) {
        CliRun run = run(new CliContext(Map.of(DefaultRepository.PATH_VARIABLE, CONFIGURED), false, checkout),
                command);

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("pd-gitops: reading " + CONFIGURED + " (");
    }

    @ParameterizedTest(name = "{0} in the configuration folder")
    @MethodSource("commands")
    void theWorkingDirectoryIsTakenWhenItHoldsTheSettings(List<String> command) {
        CliRun run = run(new CliContext(Map.of(), false, config), command);

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("pd-gitops: reading . (it holds pd-gitops.yaml)");
    }

    private CliRun run(CliContext context, List<String> command) {
        List<String> args = new ArrayList<>(command);
        if (!command.get(0).equals("validate")) {
            args.add(1, "--sandbox-state=" + checkout.resolve("sandbox-" + context.workingDirectory().getFileName()
                    + ".json"));
        }
        return CliRun.plain(context, args.toArray(String[]::new));
    }
}
