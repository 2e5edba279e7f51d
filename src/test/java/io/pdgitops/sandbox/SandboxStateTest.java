package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxStateTest {

    private static ObjectNode named(String name) {
        return Json.object().put("name", name);
    }

    private static SandboxState withTeams(String... ids) {
        SandboxState state = new SandboxState();
        for (String id : ids) {
            state.put(Kind.TEAMS, id, named(id));
        }
        return state;
    }

    private static List<String> names(SandboxState state) {
        return state.all(Kind.TEAMS).values().stream().map(team -> team.path("name").asText()).toList();
    }

    @Test
    void rollingBackUndoesPutsAndRemovalsAndKeepsTheListOrder() {
        SandboxState state = withTeams("a", "b", "c");
        state.begin();
        state.put(Kind.TEAMS, "d", named("d"));
        state.put(Kind.TEAMS, "a", named("a changed"));
        state.remove(Kind.TEAMS, "b");
        state.removeIf(Kind.TEAMS, team -> team.path("name").asText().equals("c"));
        state.put(Kind.TEAMS, "b", named("b again"));
        assertThat(names(state)).containsExactly("a changed", "d", "b again");

        state.rollBack();

        assertThat(names(state)).containsExactly("a", "b", "c");
        assertThat(state.all(Kind.TEAMS).keySet()).containsExactly("a", "b", "c");
    }

    @Test
    void committedWritesStayAndALaterRollBackOnlyUndoesItsOwn() {
        SandboxState state = withTeams("a");
        state.begin();
        state.put(Kind.TEAMS, "b", named("b"));
        state.commit();
        state.begin();
        state.remove(Kind.TEAMS, "a");
        state.rollBack();
        assertThat(names(state)).containsExactly("a", "b");
    }

    @Test
    void aRollBackWithoutAWriteInProgressChangesNothing() {
        SandboxState state = withTeams("a", "b");
        state.put(Kind.TEAMS, "c", named("c"));
        state.rollBack();
        assertThat(names(state)).containsExactly("a", "b", "c");
    }

    @Test
    void collectionsCannotBeChangedBehindTheJournal() {
        SandboxState state = withTeams("a");
        assertThatThrownBy(() -> state.all(Kind.TEAMS).remove("a")).isInstanceOf(UnsupportedOperationException.class);
    }
}
