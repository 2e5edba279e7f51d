package io.pdgitops.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.apply.ApplyResult;
import io.pdgitops.apply.StepOutcome;
import io.pdgitops.apply.StepStatus;
import io.pdgitops.diff.RandomStates;
import io.pdgitops.model.DesiredState;
import io.pdgitops.sandbox.Seed;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random valid configurations, maintenance windows and User documents included, each applied to an empty sandbox: afterwards the plan
 * must be empty.
 */
class RandomConvergenceTest {

    static final Seed USERS = new Seed(RandomStates.USERS.stream()
            .map(email -> new Seed.User("User " + email.charAt(0), email, "Asia/Tokyo", "user", null))
            .toList(), List.of());

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void applyThenPlanIsEmpty(long seed) {
        SandboxAccount account = new SandboxAccount(USERS);
        DesiredState desired = new RandomStates(seed, "").desiredWithWindows();

        ApplyResult result = account.apply(desired);

        assertThat(result.outcomes()).hasSizeGreaterThanOrEqualTo(desired.objectCount());
        assertConverged(account, desired, result);
    }

    /**
     * Names repeat across seeds ("Service 0", ...), so a second state turns into updates of the first. PagerDuty has
     * meanwhile disabled some of the first state's webhook subscriptions, which the second apply enables again.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void applyOverAnotherConfigurationThenPlanIsEmpty(long seed) {
        SandboxAccount account = new SandboxAccount(USERS);
        account.apply(new RandomStates(seed + 10_000, "").desiredWithWindows());
        account.client.webhookSubscriptions().list().stream()
                .filter(subscription -> Math.floorMod(subscription.id().hashCode() + seed, 2) == 0)
                .forEach(subscription -> account.disableWebhookSubscription(subscription.id()));
        DesiredState desired = new RandomStates(seed, "").desiredWithWindows();

        ApplyResult result = account.apply(desired);

        assertConverged(account, desired, result);
    }

    /** Users take part: some seeds declare contact methods with rules, so their convergence is checked above. */
    @Test
    void someSeedsDeclareUsersWithContactMethodsAndRules() {
        long withRules = seeds().mapToObj(seed -> new RandomStates(seed, "").desiredWithWindows())
                .flatMap(state -> state.users().stream())
                .filter(user -> user.notificationRules().filter(rules -> !rules.isEmpty()).isPresent())
                .count();
        assertThat(withRules).isPositive();
    }

    /** Some seeds declare a user's tags on its User document, so that path converges above too. */
    @Test
    void someSeedsDeclareTagsOnUserDocuments() {
        assertThat(seeds().mapToObj(seed -> new RandomStates(seed, "").desiredWithWindows())
                .flatMap(state -> state.users().stream())
                .filter(user -> user.tags().isPresent())).isNotEmpty();
    }

    private static void assertConverged(SandboxAccount account, DesiredState desired, ApplyResult result) {
        assertThat(result.outcomes()).filteredOn(outcome -> outcome.status() != StepStatus.SUCCEEDED)
                .extracting(StepOutcome::error).isEmpty();
        assertThat(account.plan(desired).steps()).as("plan after apply").isEmpty();
    }
}
