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
        return in(CliContext.system(), state, args);
    }

    /** Runs {@code args} as {@link #of} does, in {@code context} (environment, terminal, working directory). */
    static CliRun in(CliContext context, Path state, String... args) {
        List<String> withState = new ArrayList<>(List.of(args));
        withState.add(1, "--sandbox-state=" + state);
        return plain(context, withState.toArray(String[]::new));
    }

    /** Runs {@code args} as given, in {@code context}. */
    static CliRun plain(CliContext context, String... args) {
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        CommandLine cli = Cli.commandLine(context, args);
        cli.setOut(new PrintWriter(outText, true));
        cli.setErr(new PrintWriter(errText, true));
        int exit = cli.execute(args);
        return new CliRun(exit, outText.toString(), errText.toString());
    }

    /** Both streams, for checks that do not care which one a line went to. */
    String all() {
        return out + err;
    }
}
