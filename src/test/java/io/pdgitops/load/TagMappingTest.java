package io.pdgitops.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.DesiredState;
import io.pdgitops.model.Team;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tags:} left out means "not managed"; {@code tags: []} means "no tags". */
class TagMappingTest {

    @TempDir
    Path repo;

    @Test
    void absentEmptyAndListedTagsStayDistinct() throws IOException {
        Files.writeString(repo.resolve("objects.yaml"), """
                kind: Team
                name: Untagged
                ---
                kind: Team
                name: Cleared
                tags: []
                members:
                  - user: ana@example.com
                    tags: [acme, on-site]
                  - user: bo@example.com
                ---
                kind: EscalationPolicy
                name: Acme Primary
                tags: [acme, tier-1]
                rules:
                  - escalation_delay: 30m
                    targets:
                      - user: ana@example.com
                """);

        LoadResult result = ConfigLoader.load(repo);

        assertThat(result.violations()).isEmpty();
        DesiredState state = result.state();
        assertThat(state.team("Untagged").map(Team::tags)).contains(Optional.empty());
        Team cleared = state.team("Cleared").orElseThrow();
        assertThat(cleared.tags()).contains(List.of());
        assertThat(cleared.members().orElseThrow()).extracting(member -> member.tags())
                .containsExactly(Optional.of(List.of("acme", "on-site")), Optional.empty());
        assertThat(state.escalationPolicy("Acme Primary").orElseThrow().tags()).contains(List.of("acme", "tier-1"));
    }
}
