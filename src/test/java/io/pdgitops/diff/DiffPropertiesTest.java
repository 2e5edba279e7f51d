package io.pdgitops.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.DesiredState;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class DiffPropertiesTest {

    private static final DiffOptions NOW = new DiffOptions(Instant.parse("2026-06-01T00:00:00Z"));

    @Property(tries = 500)
    void aStateComparedWithItselfAsLiveHasNoDifferences(@ForAll long seed) {
        DesiredState desired = new RandomStates(seed, "").desired();

        Diff diff = Diff.between(desired, RandomStates.asLive(desired), NOW);

        assertThat(diff.differences()).isEmpty();
        assertThat(diff.resources()).allMatch(resource -> resource.action() == DiffAction.NO_OP);
    }

    @Property(tries = 500)
    void pagerDutysWayOfReturningAnAppliedStateIsNoDifference(@ForAll long seed) {
        DesiredState desired = new RandomStates(seed, "").desired();
        DesiredState echoed = new PagerDutyEcho(seed, NOW.now()).echo(desired);

        Diff diff = Diff.between(desired, RandomStates.asLive(echoed), NOW);

        assertThat(diff.differences()).isEmpty();
    }

    @Property(tries = 200)
    void againstNothingLiveEveryDeclaredObjectIsACreate(@ForAll long seed) {
        DesiredState desired = new RandomStates(seed, "").desired();

        Diff diff = Diff.between(desired, LiveState.empty(), NOW);

        assertThat(diff.resources()).allMatch(resource -> resource.action() == DiffAction.CREATE);
        assertThat(diff.resources().stream().filter(resource -> resource.key().service().isEmpty()))
                .hasSize(desired.objectCount());
    }
}
