package io.pdgitops.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdgitops.apply.ApplyListener;
import io.pdgitops.apply.ApplyResult;
import io.pdgitops.apply.StepStatus;
import io.pdgitops.model.DesiredState;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyClientConfig;
import io.pdgitops.pagerduty.RateLimiter;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.sandbox.SandboxInterceptor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** An apply cut off after every possible number of writes, then run again, never duplicates and always converges. */
class CrashSafetyTest {

    static final DesiredState EXAMPLE = SandboxAccount.load(SandboxAccount.EXAMPLE_REPO);
    /** Writes of an uninterrupted apply of the example repository (checked below). */
    static final int FULL_APPLY_WRITES = fullApplyWrites();

    /** Event orchestrations are written apart from their services: the crash points must fall between those writes too. */
    @Test
    void theExampleDeclaresEventRulesSoTheCrashPointsCoverTheirWrites() {
        assertThat(EXAMPLE.services()).anySatisfy(service ->
                assertThat(service.eventRules()).hasValueSatisfying(rules -> assertThat(rules.rules()).isNotEmpty()));
    }

    static IntStream crashPoints() {
        return IntStream.range(0, FULL_APPLY_WRITES + 1);
    }

    @ParameterizedTest
    @MethodSource("crashPoints")
    void interruptedApplyThenApplyAgainConvergesWithoutDuplicates(int writesBeforeCrash) {
        SandboxAccount account = SandboxAccount.example();

        ApplyResult interrupted = new Reconciler(crashingClient(account, writesBeforeCrash), Clock.systemUTC(), 1)
                .apply(planFor(account), outcome -> { });
        ApplyResult resumed = account.apply(EXAMPLE);

        assertThat(interrupted.succeeded()).isEqualTo(writesBeforeCrash >= FULL_APPLY_WRITES);
        assertThat(resumed.count(StepStatus.SUCCEEDED)).isEqualTo(resumed.outcomes().size());
        assertThat(duplicateNames(account.client)).isEmpty();
        assertThat(account.plan(EXAMPLE).steps()).isEmpty();
    }

    static IntStream stepsBeforeCrash() {
        return IntStream.range(0, planFor(SandboxAccount.example()).plan().steps().size());
    }

    /** The process dies (here: the progress listener throws) right after step k has finished. */
    @ParameterizedTest
    @MethodSource("stepsBeforeCrash")
    void applyStoppedAfterEveryStepThenApplyAgainConvergesWithoutDuplicates(int stepsBeforeCrash) {
        int total = planFor(SandboxAccount.example()).plan().steps().size();

        assertThat(stoppedThenResumed(stepsBeforeCrash, 1).outcomes()).as("only what the first apply had not done")
                .hasSize(total - stepsBeforeCrash - 1);
    }

    /** With several workers, steps still in flight when the listener throws finish first: nothing is left half-done. */
    @ParameterizedTest
    @MethodSource("stepsBeforeCrash")
    void parallelApplyStoppedAfterEveryStepThenApplyAgainConvergesWithoutDuplicates(int stepsBeforeCrash) {
        int total = planFor(SandboxAccount.example()).plan().steps().size();

        assertThat(stoppedThenResumed(stepsBeforeCrash, 4).outcomes().size()).as("what the first apply had not done")
                .isLessThan(total - stepsBeforeCrash);
    }

    /** The resumed apply, checked to have converged without duplicates. */
    private static ApplyResult stoppedThenResumed(int stepsBeforeCrash, int parallelism) {
        SandboxAccount account = SandboxAccount.example();

        assertThatThrownBy(() -> account.apply(EXAMPLE, parallelism, killedAfter(stepsBeforeCrash))).hasMessage("killed");
        ApplyResult resumed = account.apply(EXAMPLE);

        assertThat(resumed.succeeded()).isTrue();
        assertThat(duplicateNames(account.client)).isEmpty();
        assertThat(account.plan(EXAMPLE).steps()).isEmpty();
        return resumed;
    }

    private static ApplyListener killedAfter(int steps) {
        AtomicInteger finished = new AtomicInteger();
        return outcome -> {
            if (finished.incrementAndGet() > steps) {
                throw new IllegalStateException("killed");
            }
        };
    }

    private static Reconciler.Planned planFor(SandboxAccount account) {
        return account.reconciler().plan(EXAMPLE, Inventory.none(), PlanOptions.from(EXAMPLE.settings().sync(), false));
    }

    static PagerDutyClient crashingClient(SandboxAccount account, int writesBeforeCrash) {
        PagerDutyClientConfig config = PagerDutyClientConfig.builder("test-token").baseUrl("https://sandbox.invalid")
                .maxRetries(2).build();
        return PagerDutyClient.builder(config)
                .httpClient(new OkHttpClient.Builder()
                        .addInterceptor(new CrashingTransport(new SandboxInterceptor(account.sandbox), writesBeforeCrash))
                        .build())
                .rateLimiter(RateLimiter.unlimited())
                .sleeper(duration -> { })
                .build();
    }

    private static int fullApplyWrites() {
        SandboxAccount account = SandboxAccount.example();
        long before = account.writes();
        assertThat(account.apply(EXAMPLE).succeeded()).isTrue();
        return (int) (account.writes() - before);
    }

    /**
     * Names that more than one object of a kind (or integration of a service, or open window of an end) carries.
     * Users are left out: pd-gitops never creates them.
     */
    static List<String> duplicateNames(PagerDutyClient client) {
        List<String> names = new ArrayList<>();
        client.teams().list().forEach(team -> names.add("team " + team.name()));
        client.schedules().list().forEach(schedule -> names.add("schedule " + schedule.name()));
        client.escalationPolicies().list().forEach(policy -> names.add("policy " + policy.name()));
        client.services().list().forEach(service -> {
            names.add("service " + service.name());
            service.integrations().forEach(integration ->
                    names.add("integration " + service.name() + " / " + integration.name()));
        });
        // A window is one of a rule's weeks by its end: PagerDuty may move a start, never an end.
        client.maintenanceWindows().list().forEach(window ->
                names.add("maintenance window " + window.description() + " ending " + window.endTime().toInstant()));
        client.businessServices().list().forEach(business -> names.add("business service " + business.name()));
        client.webhookSubscriptions().list().forEach(subscription ->
                names.add("webhook subscription " + subscription.description()));
        Map<String, Long> counts = names.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey).toList();
    }
}
