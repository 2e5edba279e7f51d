package io.pdgitops.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdgitops.load.ConfigLoader;
import io.pdgitops.model.DesiredState;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyException;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.reconcile.Reconciler;
import io.pdgitops.reconcile.SandboxAccount;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import io.pdgitops.sandbox.SeedLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The example account read with several reads at once, against a sandbox whose answers take a moment. */
class ConcurrentLiveReadTest {

    static final Path EXAMPLE = Path.of("example-repo");

    private final AtomicBoolean counting = new AtomicBoolean();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private DesiredState desired;
    private PagerDutyClient client;

    @BeforeEach
    void applyTheExampleRepository() throws Exception {
        desired = ConfigLoader.load(EXAMPLE).state();
        Sandbox sandbox = new Sandbox(SandboxConfig.permissiveDefaults().withRateLimit(1_000_000).withLatency(2, 0),
                SeedLoader.load(EXAMPLE.resolve("sandbox-seed.yaml")), Clock.systemUTC(), millis -> {
                    if (!counting.get()) {
                        return;
                    }
                    calls.incrementAndGet();
                    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(millis);
                    } finally {
                        inFlight.decrementAndGet();
                    }
                });
        client = SandboxAccount.client(sandbox, 0);
        Reconciler reconciler = new Reconciler(client, Clock.systemUTC());
        assertThat(reconciler.apply(reconciler.plan(desired, Inventory.none(),
                PlanOptions.from(desired.settings().sync(), false)), outcome -> { }).succeeded()).isTrue();
    }

    @Test
    void readingSideBySideGivesTheSameAccountWithTheSameCallsAsOneReadAtATime() {
        Instant now = Instant.now();
        counting.set(true);
        LiveAccount oneAtATime = new LiveStateReader(client, 1).read(desired, now);
        int oneAtATimeCalls = calls.getAndSet(0);
        assertThat(mostInFlight.getAndSet(0)).isEqualTo(1);

        LiveAccount sideBySide = new LiveStateReader(client, 4).read(desired, now);

        assertThat(sideBySide).isEqualTo(oneAtATime);
        assertThat(sideBySide.state().teams()).anySatisfy(team -> assertThat(team.object().members()).isPresent());
        assertThat(calls.get()).isEqualTo(oneAtATimeCalls);
        assertThat(mostInFlight.get()).as("reads that overlapped").isBetween(2, 4);
    }

    @Test
    void aFailedReadEndsTheReadWithPagerDutysError() {
        PagerDutyClient unauthorised = SandboxAccount.client(new Sandbox(SandboxConfig.withToken("another-token"),
                SandboxAccount.seed(EXAMPLE.resolve("sandbox-seed.yaml"))), 0);

        assertThatThrownBy(() -> new LiveStateReader(unauthorised, 4).read(desired, Instant.now()))
                .isInstanceOf(PagerDutyException.class);
    }

    @Test
    void fewerThanOneReadAtATimeIsRefused() {
        assertThatThrownBy(() -> new LiveStateReader(client, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }
}
