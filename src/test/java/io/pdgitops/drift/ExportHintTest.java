package io.pdgitops.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportHintTest {

    private static final Pattern QUOTED_REGEX = Pattern.compile("--name-regex '((?:[^']|'\\\\'')*)' ");

    @ParameterizedTest
    @ValueSource(strings = {"Shadow IT", "Ops (Bob's) 24x7*", "a.b|c", "[x]{2}+?", "back\\slash $HOME", "東京 ^"})
    void suggestedRegexMatchesExactlyTheName(String name) {
        String command = ExportHint.command(new UnmanagedObject(
                new ResourceKey(ResourceKind.SCHEDULE, name, Optional.empty()), "P1"));

        Matcher quoted = QUOTED_REGEX.matcher(command);
        assertThat(quoted.find()).as(command).isTrue();
        Pattern regex = Pattern.compile(quoted.group(1).replace("'\\''", "'"));
        assertThat(regex.matcher(name).find()).isTrue();
        assertThat(regex.matcher("x" + name).find()).isFalse();
        assertThat(regex.matcher(name + "x").find()).isFalse();
        assertThat(command).startsWith("pd-gitops export --kind Schedule --name-regex '").endsWith("' adopted");
    }

    @Test
    void integrationsAreExportedWithTheirService() {
        String command = ExportHint.command(new UnmanagedObject(ResourceKey.integration("Mail Relay", "Old pager"), "PI3"));

        assertThat(command).isEqualTo("pd-gitops export --kind Service --name-regex '^Mail Relay$' adopted");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Clicked in the UI", "Bob's (weekly) patch*"})
    void aWindowIsExportedOnItsOwnByItsDescription(String description) {
        String command = ExportHint.command(new UnmanagedObject(ResourceKey.window(description), "PW1, PW2"));

        Matcher quoted = QUOTED_REGEX.matcher(command);
        assertThat(quoted.find()).as(command).isTrue();
        Pattern regex = Pattern.compile(quoted.group(1).replace("'\\''", "'"));
        assertThat(regex.matcher(description).find()).isTrue();
        assertThat(regex.matcher(description + " 2").find()).isFalse();
        assertThat(command).startsWith("pd-gitops export --kind MaintenanceWindow --name-regex '").endsWith("' adopted");
    }
}
