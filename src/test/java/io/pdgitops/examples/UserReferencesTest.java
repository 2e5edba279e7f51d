package io.pdgitops.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class UserReferencesTest {

    /** Schedules, then escalation policies, then teams: the order of {@code DesiredState}. */
    @Test
    void findsEveryUserOfLayersTargetsAndTeamsWithItsLine() {
        LoadResult loaded = ConfigLoader.load(Path.of("src/test/resources/examples/user-references"));
        assertThat(loaded.violations()).isEmpty();

        assertThat(UserReferences.of(loaded.state())).extracting(UserReference::toString).containsExactly(
            "objects.yaml:13:13: taro@example.com",
            "objects.yaml:13:31: hanako@example.com",
            "objects.yaml:17:9: jiro@example.com",
            "objects.yaml:23:32: lead@example.com",
            "objects.yaml:26:9: boss@example.com",
            "objects.yaml:4:5: lead@example.com",
            "objects.yaml:5:5: taro@example.com");
    }
}
