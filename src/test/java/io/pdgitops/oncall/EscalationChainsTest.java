package io.pdgitops.oncall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdgitops.load.ConfigLoader;
import io.pdgitops.model.DesiredState;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Uses the {@code rule-reaches-nobody} validation case: a weekday day shift and a night shift. */
class EscalationChainsTest {

    private static final DesiredState STATE = withService(
            ConfigLoader.load(Path.of("src/test/resources/validate/rule-reaches-nobody/repo")).state());

    private static DesiredState withService(DesiredState state) {
        var service = new io.pdgitops.model.Service("Web", Optional.empty(), "Ops", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                io.pdgitops.model.Origin.at(io.pdgitops.model.SourceLocation.startOf("web.yaml")));
        return new DesiredState(state.settings(), state.teams(), state.schedules(), state.escalationPolicies(),
                java.util.List.of(service), state.fileCount());
    }

    @Test
    void onAWeekdayMorningEveryLevelReachesTheDayShift() {
        // Tuesday 2026-01-06 10:00 in Tokyo: turn 1 of the day shift, hanako.
        EscalationChain chain = EscalationChains.at(STATE, "Web", Instant.parse("2026-01-06T01:00:00Z"));

        assertThat(chain.policy()).isEqualTo("Ops");
        assertThat(chain.levels()).extracting(EscalationChain.Level::minutesAfter).containsExactly(0L, 30L, 60L);
        assertThat(chain.levels().get(0).reached())
                .containsExactly(new EscalationChain.Reached("hanako@example.com", Optional.of("Day shift")));
        assertThat(chain.levels().get(1).emptySchedules()).containsExactly("Night shift");
        assertThat(chain.anyLevelReachesNobody()).isFalse();
    }

    @Test
    void onASaturdayAfternoonTheScheduleOnlyLevelsReachNobody() {
        EscalationChain chain = EscalationChains.at(STATE, "Web", Instant.parse("2026-01-10T05:00:00Z"));

        assertThat(chain.levels()).extracting(EscalationChain.Level::reachesNobody).containsExactly(true, true, false);
        assertThat(chain.levels().get(2).reached())
                .containsExactly(new EscalationChain.Reached("lead@example.com", Optional.empty()));
        assertThat(chain.anyLevelReachesNobody()).isTrue();
    }

    @Test
    void anUnknownServiceIsAClearError() {
        assertThatThrownBy(() -> EscalationChains.at(STATE, "Nope", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no service named `Nope`");
    }
}
