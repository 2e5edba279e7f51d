package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
}
