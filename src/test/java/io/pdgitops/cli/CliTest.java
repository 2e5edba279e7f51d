package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.roster.RosterCompilation;
import io.pdgitops.roster.SolverWarmUp;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CliTest {

    @Test
    void versionComesFromTheBuild() {
        StringWriter out = new StringWriter();
        CommandLine cli = Cli.commandLine();
        cli.setOut(new PrintWriter(out));

        int exit = cli.execute("--version");

        assertThat(exit).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).matches("pd-gitops \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\s*");
    }

    @Test
    void unknownOptionIsAnErrorWithUsage() {
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.commandLine();
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("--bogus");

        assertThat(exit).isEqualTo(ExitCodes.ERROR);
        assertThat(err.toString()).contains("Unknown option: '--bogus'").contains("Usage: pd-gitops");
    }

    @Test
    void aRunBuildsOnlyTheCommandItNamesAndHelpBuildsThemAll() {
        CliContext context = CliContext.system();

        assertThat(Cli.commandLine(context, "--no-color", "validate", "repo").getSubcommands().keySet())
                .containsExactly("validate");
        assertThat(Cli.commandLine(context, "--help").getSubcommands().keySet())
                .containsExactlyElementsOf(RootCommand.SUBCOMMANDS.keySet()).contains("plan", "apply", "serve");
        assertThat(Cli.commandLine(context, "valdiate").getSubcommands().keySet())
                .as("a mistyped name gets every command, so picocli can suggest the right one")
                .containsExactlyElementsOf(RootCommand.SUBCOMMANDS.keySet());
    }

    @Test
    void theNamedCommandStillInheritsTheRootsColourOption() {
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.commandLine(CliContext.system(), "validate", "--no-color", "--bogus");
        cli.setErr(new PrintWriter(err));

        assertThat(cli.execute("validate", "--no-color", "--bogus")).isEqualTo(ExitCodes.ERROR);
        assertThat(err.toString()).contains("Unknown option: '--bogus'").doesNotContain("Unknown option: '--no-color'");
    }

    @Test
    void theSolversWarmUpCompilesItsRoster() {
        // A warm-up that stopped compiling would load nothing; the command would only be slower, so say it here.
        assertThat(SolverWarmUp.run()).isInstanceOf(RosterCompilation.Compiled.class);
    }
}
