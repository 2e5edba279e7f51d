package io.pdgitops.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.DesiredState;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.LongStream;

class DiffPropertiesTest {

    private static final DiffOptions NOW = new DiffOptions(Instant.parse("2026-06-01T00:00:00Z"));

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aStateComparedWithItselfAsLiveHasNoDifferences(long seed) {
        DesiredState desired = new RandomStates(seed, "").desired();

        Diff diff = Diff.between(desired, RandomStates.asLive(desired), NOW);

        assertThat(diff.differences()).isEmpty();
        assertThat(diff.resources()).allMatch(resource -> resource.action() == DiffAction.NO_OP);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void pagerDutysWayOfReturningAnAppliedStateIsNoDifference(long seed) {
        DesiredState desired = new RandomStates(seed, "").desired();
        DesiredState echoed = new PagerDutyEcho(seed, NOW.now()).echo(desired);

        Diff diff = Diff.between(desired, RandomStates.asLive(echoed), NOW);

        assertThat(diff.differences()).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void againstNothingLiveEveryDeclaredObjectIsACreate(long seed) {
        DesiredState desired = new RandomStates(seed, "").desired();

        Diff diff = Diff.between(desired, LiveState.empty(), NOW);

        assertThat(diff.resources()).allMatch(resource -> resource.action() == DiffAction.CREATE);
        assertThat(diff.resources().stream().filter(resource -> resource.key().service().isEmpty()))
                .hasSize(desired.objectCount());
    }

    /** Seeds of the random cases: fixed, so a failure names a case that can be replayed. */
    static LongStream seeds() {
        return LongStream.rangeClosed(1, 500);
    }
}
