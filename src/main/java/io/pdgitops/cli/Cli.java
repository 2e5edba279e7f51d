package io.pdgitops.cli;

import io.pdgitops.service.quarkus.LogLineEscaping;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/** Entry point of every command except {@code serve}; returns the process exit code. */
public final class Cli {

    private Cli() {
    }

    public static int run(String... args) {
        WarmUp.startFor(firstWord(args));
        // The log of a CLI run is not set up by Quarkus: its lines are escaped here, as serve's are by its config.
        LogLineEscaping.installOnRootHandlers();
        return commandLine(CliContext.system(), args).execute(args);
    }

    static CommandLine commandLine() {
        return commandLine(CliContext.system());
    }

    /**
     * @param args the arguments the command line will run with: {@code --no-color} among them turns colours off
     *     for help and usage errors as well as for the command's own output
     */
    static CommandLine commandLine(CliContext context, String... args) {
        CommandLine cli = new CommandLine(new RootCommand(context));
        // A run asks for one command: only it is built. Anything else (help, a mistyped name) gets them all.
        Class<?> chosen = RootCommand.SUBCOMMANDS.get(firstWord(args));
        if (chosen != null) {
            cli.addSubcommand(chosen);
        } else {
            RootCommand.SUBCOMMANDS.values().forEach(cli::addSubcommand);
        }
        boolean color = Color.wanted(context.environment(), context.terminal(), ColorOption.given(List.of(args)));
        // Set on the root before running, the scheme reaches every subcommand; commands ask it (ColorOption.wanted).
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(color ? Ansi.ON : Ansi.OFF));
        cli.setExecutionExceptionHandler((error, command, parsed) -> {
            command.getErr().println("pd-gitops: " + error.getMessage());
            return ExitCodes.ERROR;
        });
        cli.setParameterExceptionHandler((error, unmatched) -> {
            CommandLine command = error.getCommandLine();
            command.getErr().println("pd-gitops: " + error.getMessage());
            command.usage(command.getErr());
            return ExitCodes.ERROR;
        });
        return cli;
    }

    /** The first argument that is not an option: the command's name when there is one. */
    private static String firstWord(String... args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return null;
            }
            if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return null;
    }
}
