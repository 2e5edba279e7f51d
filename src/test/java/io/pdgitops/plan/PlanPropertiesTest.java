package io.pdgitops.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.diff.Diff;
import io.pdgitops.diff.DiffOptions;
import io.pdgitops.diff.LiveIntegration;
import io.pdgitops.diff.LiveObject;
import io.pdgitops.diff.LiveState;
import io.pdgitops.diff.RandomStates;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.Service;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Random repositories against a PagerDuty that lacks some of their objects and still holds objects
 * of a previous revision: whatever the mix, steps come in a valid order.
 */
class PlanPropertiesTest {

    private static final DiffOptions NOW = new DiffOptions(Instant.parse("2026-06-01T00:00:00Z"));
    private static final PlanOptions PRUNE = new PlanOptions(true, 1000, false);

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyStepComesAfterTheStepsItDependsOn(long seed) {
        Plan plan = mixedPlan(seed);

        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < plan.steps().size(); i++) {
            PlanStep step = plan.steps().get(i);
            step.dependsOn().forEach(id -> assertThat(position).as("step %s depends on %s", step.id(), id).containsKey(id));
            position.put(step.id(), i);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void createsAndUpdatesFollowKindOrderAndDeletesComeLastInReverse(long seed) {
        List<PlanStep> steps = mixedPlan(seed).steps();

        for (int i = 1; i < steps.size(); i++) {
            PlanStep before = steps.get(i - 1);
            PlanStep after = steps.get(i);
            assertThat(StepOrder.phase(before.action(), before.key()))
                    .as("%s before %s", before, after)
                    .isLessThanOrEqualTo(StepOrder.phase(after.action(), after.key()));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aServiceWaitsForItsPolicyWhenThePolicyChanges(long seed) {
        Plan plan = mixedPlan(seed);
        Map<ResourceKey, PlanStep> byKey = new HashMap<>();
        plan.steps().forEach(step -> byKey.put(step.key(), step));

        for (PlanStep step : plan.steps()) {
            if (step.key().kind() == ResourceKind.SERVICE && step.action() != StepAction.DELETE) {
                plan.steps().stream()
                        .filter(other -> other.key().kind() == ResourceKind.ESCALATION_POLICY)
                        .filter(other -> other.action() != StepAction.DELETE)
                        .filter(other -> referencedPolicy(seed, step.key()).equals(other.key().name()))
                        .forEach(policyStep -> assertThat(step.dependsOn()).contains(policyStep.id()));
            }
        }
    }

    /** Guards the properties above against passing on plans too simple to matter. */
    @Test
    void theScenariosContainDependentCreatesAndDeletes() {
        int dependentCreates = 0;
        int dependentDeletes = 0;
        for (long seed = 0; seed < 100; seed++) {
            for (PlanStep step : mixedPlan(seed).steps()) {
                if (!step.dependsOn().isEmpty()) {
                    dependentCreates += step.action() == StepAction.CREATE ? 1 : 0;
                    dependentDeletes += step.action() == StepAction.DELETE ? 1 : 0;
                }
            }
        }
        assertThat(dependentCreates).isGreaterThan(20);
        assertThat(dependentDeletes).isGreaterThan(20);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void withoutInventoryNothingIsDeleted(long seed) {
        Scenario scenario = scenario(seed);

        Plan plan = Planner.plan(Diff.between(scenario.desired, scenario.live, NOW), Inventory.none(), PRUNE);

        assertThat(plan.steps()).noneMatch(step -> step.action() == StepAction.DELETE);
    }

    private record Scenario(DesiredState desired, LiveState live, Inventory inventory) {
    }

    /** Git declares one random state; PagerDuty has most of it (some objects edited) plus a retired one. */
    private static Scenario scenario(long seed) {
        DesiredState desired = new RandomStates(seed, "").desired();
        DesiredState retired = new RandomStates(seed + 1, "Old ").desired();
        Random random = new Random(seed);
        LiveState current = RandomStates.asLive(desired);
        LiveState old = RandomStates.asLive(retired);
        Predicate<Object> keep = object -> random.nextInt(4) != 0;
        Map<String, List<LiveIntegration>> integrations = new HashMap<>(current.integrations());
        integrations.putAll(old.integrations());
        LiveState live = new LiveState(
                concat(current.teams(), old.teams(), keep),
                concat(current.schedules(), old.schedules(), keep),
                concat(editedPolicies(current.escalationPolicies(), random), old.escalationPolicies(), keep),
                concat(current.services(), old.services(), keep),
                integrations,
                current.users());
        Set<ResourceKey> inventory = new HashSet<>(Inventory.declaredBy(desired).keys());
        inventory.addAll(Inventory.declaredBy(retired).keys());
        return new Scenario(desired, live, Inventory.of(inventory));
    }

    private static Plan mixedPlan(long seed) {
        Scenario scenario = scenario(seed);
        return Planner.plan(Diff.between(scenario.desired, scenario.live, NOW), scenario.inventory, PRUNE);
    }

    private static String referencedPolicy(long seed, ResourceKey service) {
        DesiredState desired = new RandomStates(seed, "").desired();
        return desired.service(service.name()).map(Service::escalationPolicy).orElse("");
    }

    private static List<LiveObject<EscalationPolicy>> editedPolicies(List<LiveObject<EscalationPolicy>> policies, Random random) {
        return policies.stream().map(live -> random.nextBoolean() ? live : new LiveObject<>(live.id(), new EscalationPolicy(
                live.object().name(), Optional.of("edited in the UI"), live.object().numLoops(),
                live.object().onCallHandoffNotifications(), live.object().teams(), live.object().rules(),
                live.object().origin()))).toList();
    }

    private static <T> List<T> concat(List<T> current, List<T> old, Predicate<Object> keep) {
        List<T> all = new ArrayList<>(current.stream().filter(keep).toList());
        all.addAll(old);
        return all;
    }

    /** Seeds of the random cases: fixed, so a failure names a case that can be replayed. */
    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }
}
