package io.pdgitops.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.apply.ApplyListener;
import io.pdgitops.apply.ApplyResult;
import io.pdgitops.apply.StepOutcome;
import io.pdgitops.apply.StepStatus;
import io.pdgitops.diff.RandomStates;
import io.pdgitops.model.DesiredState;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Several steps at once against a sandbox whose answers take a moment, so that requests really overlap. */
class ParallelApplyTest {

    static final int WORKERS = 6;

    static LongStream seeds() {
        return LongStream.range(0, 8);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void parallelApplyConvergesWithTheWritesOfAOneAtATimeApply(long seed) {
        DesiredState desired = new RandomStates(seed, "").desired();
        SandboxAccount oneAtATime = new SandboxAccount(RandomConvergenceTest.USERS);
        assertThat(oneAtATime.apply(desired, 1, ApplyListener.NONE).succeeded()).isTrue();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        SandboxAccount parallel = new SandboxAccount(new Sandbox(
                SandboxConfig.permissiveDefaults().withRateLimit(1_000_000).withLatency(2, 0),
                RandomConvergenceTest.USERS, Clock.systemUTC(), millis -> {
                    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(millis);
                    } finally {
                        inFlight.decrementAndGet();
                    }
                }));

        ApplyResult result = parallel.apply(desired, WORKERS, ApplyListener.NONE);

        assertThat(result.outcomes()).filteredOn(outcome -> outcome.status() != StepStatus.SUCCEEDED)
                .extracting(StepOutcome::error).isEmpty();
        assertThat(parallel.writes()).as("no write twice, no duplicate").isEqualTo(oneAtATime.writes());
        assertThat(CrashSafetyTest.duplicateNames(parallel.client)).isEmpty();
        assertThat(parallel.plan(desired).steps()).as("plan after apply").isEmpty();
        assertThat(mostInFlight.get()).as("requests that overlapped").isBetween(2, WORKERS);
    }
}
