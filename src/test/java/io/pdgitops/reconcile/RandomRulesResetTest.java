package io.pdgitops.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.apply.StepOutcome;
import io.pdgitops.apply.StepStatus;
import io.pdgitops.diff.RandomStates;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.Service;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.plan.PlanStep;
import io.pdgitops.reconcile.Reconciler.Planned;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random configurations applied, then every service's {@code event_rules:} removed: prune resets exactly the
 * orchestrations (rules or catch-all) that are not PagerDuty's default already, and afterwards the plan is empty, with the old record (a run cut off
 * after the resets) as with the new one.
 */
class RandomRulesResetTest {

    private static final PlanOptions PRUNE = new PlanOptions(true, Integer.MAX_VALUE, false);

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void removingEveryServicesRulesResetsThoseWithRulesAndThenThePlanIsEmpty(long seed) {
        SandboxAccount account = new SandboxAccount(RandomConvergenceTest.USERS);
        DesiredState declared = new RandomStates(seed, "").desiredWithWindows();
        assertThat(account.apply(declared).outcomes()).allMatch(outcome -> outcome.status() == StepStatus.SUCCEEDED);
        DesiredState removed = withoutRules(declared);
        List<String> withRules = declared.services().stream()
                .filter(service -> service.eventRules().filter(rules -> !rules.isDefault()).isPresent())
                .map(Service::name).toList();

        Planned planned = account.reconciler().plan(removed, Inventory.declaredBy(declared), PRUNE);

        assertThat(planned.plan().steps()).extracting(PlanStep::key)
                .containsExactlyInAnyOrderElementsOf(withRules.stream().map(ResourceKey::eventRules).toList());
        assertThat(account.reconciler().apply(planned, outcome -> { }).outcomes())
                .filteredOn(outcome -> outcome.status() != StepStatus.SUCCEEDED).extracting(StepOutcome::error).isEmpty();
        assertThat(account.reconciler().plan(removed, Inventory.declaredBy(declared), PRUNE).plan().steps()).isEmpty();
        assertThat(account.reconciler().plan(removed, Inventory.declaredBy(removed), PRUNE).plan().steps()).isEmpty();
        assertThat(Inventory.declaredBy(removed).keys()).noneMatch(key -> key.kind() == ResourceKind.EVENT_RULES);
    }

    /** The seeds above reset something: some declare services with rules. */
    @Test
    void someSeedsDeclareServicesWithRules() {
        assertThat(seeds().mapToObj(seed -> new RandomStates(seed, "").desiredWithWindows())
                .flatMap(state -> state.services().stream())
                .filter(service -> service.eventRules().filter(rules -> !rules.rules().isEmpty()).isPresent())
                .count()).isPositive();
    }

    private static DesiredState withoutRules(DesiredState state) {
        return new DesiredState(state.settings(), state.teams(), state.schedules(), state.escalationPolicies(),
                state.services().stream().map(service -> service.withEventRules(Optional.empty())).toList(),
                state.fileCount(), state.rosters(), state.maintenanceWindows(), state.businessServices(),
                state.webhookSubscriptions(), state.users());
    }
}
