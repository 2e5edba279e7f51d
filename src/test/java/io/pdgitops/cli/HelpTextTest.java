package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What {@code --help} shows: the root lists each command by its first description line, so that is a whole sentence. */
class HelpTextTest {

    @Test
    void everyCommandSummaryIsOneWholeSentence() {
        for (Map.Entry<String, CommandLine> command : Cli.commandLine().getSubcommands().entrySet()) {
            String summary = command.getValue().getCommandSpec().usageMessage().description()[0];

            assertThat(summary).as(command.getKey()).endsWith(".").doesNotContain(". ").doesNotEndWith(":.");
        }
    }

    @Test
    void theRootHelpShowsEverySummaryWhole() {
        String help = Cli.commandLine().getUsageMessage(CommandLine.Help.Ansi.OFF).replaceAll("\\s+", " ");

        for (CommandLine command : Cli.commandLine().getSubcommands().values()) {
            assertThat(help).contains(command.getCommandSpec().usageMessage().description()[0]);
        }
    }

    @Test
    void everyDescriptionLineOfACommandEndsASentence() {
        // a line that stops mid-sentence shows as a ragged break in the command's own help
        for (Map.Entry<String, CommandLine> command : Cli.commandLine().getSubcommands().entrySet()) {
            for (String line : command.getValue().getCommandSpec().usageMessage().description()) {
                assertThat(line).as(command.getKey()).endsWith(".");
            }
        }
    }
}
