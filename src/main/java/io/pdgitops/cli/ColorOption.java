package io.pdgitops.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code --no-color}, declared once on the root command and inherited by every subcommand, since every command can
 * print coloured help and usage. The decision itself is taken once, before parsing, in {@link Cli}: help and usage
 * errors are printed by the parser before any command runs, so the option cannot wait for its field to be set.
 */
final class ColorOption {

    static final String NAME = "--no-color";

    @Option(names = NAME, scope = ScopeType.INHERIT,
            description = "Plain text without colours (as with NO_COLOR set), also on a terminal.")
    boolean noColor;

    /** Whether the arguments ask for plain text; options end at {@code --}. */
    static boolean given(List<String> args) {
        int end = args.indexOf("--");
        return (end < 0 ? args : args.subList(0, end)).contains(NAME);
    }

    /** Whether the command of {@code spec} may colour its output: the decision {@link Cli} took for the run. */
    static boolean wanted(CommandSpec spec) {
        return spec.commandLine().getColorScheme().ansi().enabled();
    }
}
