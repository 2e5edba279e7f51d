package io.pdgitops.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** One CLI run against the sandbox kept in a state file, with what it printed. */
record CliRun(int exit, String out, String err) {

    /** Runs {@code args} with {@code --sandbox-state=<state>} added after the subcommand. */
    static CliRun of(Path state, String... args) {
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        CommandLine cli = Cli.commandLine();
        cli.setOut(new PrintWriter(outText, true));
        cli.setErr(new PrintWriter(errText, true));
        List<String> withState = new ArrayList<>(List.of(args));
        withState.add(1, "--sandbox-state=" + state);
        int exit = cli.execute(withState.toArray(String[]::new));
        return new CliRun(exit, outText.toString(), errText.toString());
    }
}
