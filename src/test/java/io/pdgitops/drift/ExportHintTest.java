package io.pdgitops.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import java.util.List;
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

    @Test
    void aWindowIsExportedWithEveryServiceItSilencesAndOnlyThose() {
        List<String> services = List.of("Web (Tokyo)", "a.b|c", "Bob's DB");
        String command = ExportHint.command(new UnmanagedObject(ResourceKey.window("Clicked"), "PW1, PW2",
                services.stream().map(name -> new ResourceKey(ResourceKind.SERVICE, name, Optional.empty())).toList()));

        Matcher quoted = QUOTED_REGEX.matcher(command);
        assertThat(quoted.find()).as(command).isTrue();
        Pattern regex = Pattern.compile(quoted.group(1).replace("'\\''", "'"));
        assertThat(services).allSatisfy(name -> assertThat(regex.matcher(name).find()).as(name).isTrue());
        assertThat(List.of("Web (Tokyo)x", "a", "b|c", "Bob's")).noneMatch(name -> regex.matcher(name).find());
        assertThat(command).startsWith("pd-gitops export --kind Service --name-regex '");
    }
}
