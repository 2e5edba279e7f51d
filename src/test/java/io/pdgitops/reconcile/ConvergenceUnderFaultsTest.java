package io.pdgitops.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.apply.ApplyResult;
import io.pdgitops.apply.StepOutcome;
import io.pdgitops.apply.StepStatus;
import io.pdgitops.model.DesiredState;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.sandbox.Faults;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConvergenceUnderFaultsTest {

    static final DesiredState EXAMPLE = SandboxAccount.load(SandboxAccount.EXAMPLE_REPO);

    @Test
    void applyConvergesThroughServerErrorsAndRateLimitBursts() {
        SandboxAccount account = SandboxAccount.example();
        account.faults(new Faults(0, 0, 0.2, 0, 5, true, 7));
        AtomicInteger steps = new AtomicInteger();

        ApplyResult result = account.apply(EXAMPLE, outcome -> {
            if (steps.incrementAndGet() % 10 == 0) {
                // A burst of 429s without headers or body, as PagerDuty sometimes sends them.
                account.faults(new Faults(0, 0, 0.2, 0, 4, false, steps.get()));
            }
        });

        assertThat(result.outcomes()).filteredOn(outcome -> outcome.status() != StepStatus.SUCCEEDED)
                .extracting(StepOutcome::error).isEmpty();
        assertThat(account.stats().path("paths").findValues("server_errors").stream().mapToLong(n -> n.asLong()).sum())
                .isGreaterThan(10);
        assertThat(account.stats().path("totals").path("rate_limited").asLong()).isGreaterThan(10);
        account.faults(Faults.NONE);
        assertThat(account.plan(EXAMPLE).steps()).isEmpty();
    }

    @Test
    void whenEveryCallFailsTheApplyReportsFailedAndSkippedStepsWithoutThrowing() {
        SandboxAccount account = new SandboxAccount(SandboxAccount.seed(SandboxAccount.EXAMPLE_REPO.resolve("sandbox-seed.yaml")), 1);
        Reconciler.Planned planned = account.reconciler().plan(EXAMPLE, Inventory.none(),
                PlanOptions.from(EXAMPLE.settings().sync(), false));
        account.faults(new Faults(0, 0, 1.0, 0, 0, true, 1));

        ApplyResult result = account.reconciler().apply(planned, outcome -> { });

        assertThat(result.outcomes()).hasSize(planned.plan().steps().size());
        assertThat(result.count(StepStatus.SUCCEEDED)).isZero();
        assertThat(result.count(StepStatus.FAILED)).isPositive();
        assertThat(result.count(StepStatus.SKIPPED)).isPositive();
        assertThat(result.outcomes()).filteredOn(outcome -> outcome.status() == StepStatus.FAILED)
                .allSatisfy(outcome -> assertThat(outcome.error()).hasValueSatisfying(
                        error -> assertThat(error).contains("HTTP 500")));
        assertThat(result.outcomes()).filteredOn(outcome -> outcome.status() == StepStatus.SKIPPED)
                .allSatisfy(outcome -> {
                    assertThat(outcome.step().dependsOn()).isNotEmpty();
                    assertThat(outcome.error()).hasValueSatisfying(error -> assertThat(error).contains("did not succeed"));
                });
    }
}
