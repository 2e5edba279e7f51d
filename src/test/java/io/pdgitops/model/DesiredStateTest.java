package io.pdgitops.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DesiredStateTest {

    private final Team first = team("Ops", 1);
    private final Team duplicate = team("Ops", 9);
    private final Team dev = team("Dev", 5);
    private final DesiredState state = new DesiredState(RepoSettings.defaults(), List.of(first, dev, duplicate),
            List.of(), List.of(), List.of(), 1);

    @Test
    void findersAndTheIndexAgreeThatTheFirstDeclarationWins() {
        assertThat(state.team("Ops")).containsSame(first);
        assertThat(DesiredState.byName(state.teams())).containsOnlyKeys("Ops", "Dev").containsEntry("Ops", first);
        assertThat(state.team("Nope")).isEmpty();
    }

    @Test
    void objectsComeInPlanOrderAndAreCounted() {
        assertThat(state.objects()).containsExactly(first, dev, duplicate);
        assertThat(state.objectCount()).isEqualTo(3);
        assertThat(DesiredState.empty(RepoSettings.defaults()).objectCount()).isZero();
    }

    private static Team team(String name, int line) {
        return new Team(name, Optional.empty(), Optional.empty(), Optional.empty(),
                Origin.at(new SourceLocation("teams.yaml", line, 1)));
    }
}
