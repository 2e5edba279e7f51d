package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command on a (forced) terminal: coloured by default, plain with {@code NO_COLOR} set or {@code --no-color}
 * given. Help and usage errors are what every command colours; plan and apply colour their text report too.
 */
class NoColorTest {

    /** The start of any ANSI control sequence (CSI). */
    private static final Pattern ESCAPE = Pattern.compile("\u001b\\[");
    private static final Map<String, String> NO_COLOR = Map.of("NO_COLOR", "1");

    @TempDir
    Path temp;

    static Stream<String> commands() {
        return Cli.commandLine().getSubcommands().keySet().stream();
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("commands")
    void helpIsColouredOnlyWhenNothingRefusesIt(String command) {
        assertThat(escapes(CliRun.plain(terminal(Map.of()), command, "--help"))).as("colour on a terminal")
                .isPositive();
        assertThat(escapes(CliRun.plain(terminal(NO_COLOR), command, "--help"))).as("NO_COLOR").isZero();
        assertThat(escapes(CliRun.plain(terminal(Map.of()), command, "--help", ColorOption.NAME)))
                .as(ColorOption.NAME).isZero();
    }

    @ParameterizedTest(name = "{0} with an unknown option")
    @MethodSource("commands")
    void usageErrorsAreColouredOnlyWhenNothingRefusesIt(String command) {
        String unknown = "--no-such-option";
        CliRun coloured = CliRun.plain(terminal(Map.of()), command, unknown);

        assertThat(coloured.exit()).as(coloured.err()).isEqualTo(ExitCodes.ERROR);
        assertThat(escapes(coloured)).as("colour on a terminal").isPositive();
        assertThat(escapes(CliRun.plain(terminal(NO_COLOR), command, unknown))).as("NO_COLOR").isZero();
        assertThat(escapes(CliRun.plain(terminal(Map.of()), command, unknown, ColorOption.NAME)))
                .as(ColorOption.NAME).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void theTextReportIsColouredOnlyWhenNothingRefusesIt(List<String> command) {
        String[] args = command.toArray(String[]::new);
        assertThat(escapes(report(Map.of(), "default", args))).as("colour on a terminal").isPositive();
        assertThat(escapes(report(NO_COLOR, "NO_COLOR", args))).as("NO_COLOR").isZero();
        String[] plain = Stream.concat(Stream.of(args), Stream.of(ColorOption.NAME)).toArray(String[]::new);
        assertThat(escapes(report(Map.of(), "option", plain))).as(ColorOption.NAME).isZero();
    }

    static Stream<List<String>> reports() {
        return Stream.of(
                List.of("plan", ReconcileCommandsTest.EXAMPLE),
                List.of("apply", "--auto-approve", ReconcileCommandsTest.EXAMPLE));
    }

    @Test
    void aFileOrPipeStaysPlainWithoutBeingAsked() {
        CliContext pipe = new CliContext(Map.of(), false, Path.of(""));

        assertThat(escapes(CliRun.plain(pipe, "validate", "--help"))).isZero();
    }

    /** Each run gets a fresh sandbox, so that apply has the same changes to show every time. */
    private CliRun report(Map<String, String> environment, String name, String... args) {
        CliRun run = CliRun.in(terminal(environment), temp.resolve(name + "-" + args[0] + ".json"), args);
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        return run;
    }

    private static CliContext terminal(Map<String, String> environment) {
        return new CliContext(environment, true, Path.of(""));
    }

    private static long escapes(CliRun run) {
        Matcher matcher = ESCAPE.matcher(run.all());
        return matcher.results().count();
    }
}
