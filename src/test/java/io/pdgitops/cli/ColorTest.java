package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ColorTest {

    @Test
    void aTerminalGetsColoursUnlessNoColorIsSetOrTheOptionGiven() {
        assertThat(Color.wanted(Map.of(), true, false)).isTrue();
        assertThat(Color.wanted(Map.of("NO_COLOR", "1"), true, false)).isFalse();
        assertThat(Color.wanted(Map.of(), true, true)).isFalse();
        assertThat(Color.wanted(Map.of(), false, false)).as("files and pipes stay plain").isFalse();
    }

    @Test
    void anEmptyNoColorDoesNotCount() {
        // no-color.org: "when present and not an empty string"
        assertThat(Color.refusedBy(Map.of("NO_COLOR", ""))).isFalse();
        assertThat(Color.refusedBy(Map.of("NO_COLOR", "0"))).isTrue();
    }

    @Test
    void planApplyAndDriftAcceptNoColor() {
        for (String command : new String[] {"plan", "apply", "drift"}) {
            assertThat(Cli.commandLine().getSubcommands().get(command).getCommandSpec().findOption("--no-color"))
                    .as(command).isNotNull();
        }
    }
}
