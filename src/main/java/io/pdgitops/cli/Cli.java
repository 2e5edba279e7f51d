package io.pdgitops.cli;

import picocli.CommandLine;

/** Entry point of every command except {@code serve}; returns the process exit code. */
public final class Cli {

    private Cli() {
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new RootCommand());
        if (Color.refusedBy(System.getenv())) {
            cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        }
        cli.setExecutionExceptionHandler((error, command, parsed) -> {
            command.getErr().println("pd-gitops: " + error.getMessage());
            return ExitCodes.ERROR;
        });
        cli.setParameterExceptionHandler((error, args) -> {
            CommandLine command = error.getCommandLine();
            command.getErr().println("pd-gitops: " + error.getMessage());
            command.usage(command.getErr());
            return ExitCodes.ERROR;
        });
        return cli;
    }
}
