package io.pdgitops.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.apply.ApplyResult;
import io.pdgitops.apply.StepStatus;
import io.pdgitops.model.DesiredState;
import io.pdgitops.plan.Plan;
import org.junit.jupiter.api.Test;

class ExampleRepoConvergenceTest {

    @Test
    void applyThenPlanIsEmptyAndASecondApplyWritesNothing() {
        SandboxAccount account = SandboxAccount.example();
        DesiredState desired = SandboxAccount.load(SandboxAccount.EXAMPLE_REPO);

        ApplyResult first = account.apply(desired);
        assertThat(first.succeeded()).isTrue();
        assertThat(first.count(StepStatus.SUCCEEDED)).isEqualTo(first.outcomes().size()).isGreaterThan(50);

        Plan after = account.plan(desired);
        assertThat(after.steps()).as("plan after apply").isEmpty();

        long writesBefore = account.writes();
        ApplyResult second = account.apply(desired);
        assertThat(second.outcomes()).isEmpty();
        assertThat(account.writes()).isEqualTo(writesBefore);
    }
}
