package io.pdgitops.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.plan.PlanStep;
import io.pdgitops.plan.StepAction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StepGraphTest {

    static LongStream seeds() {
        return LongStream.range(0, 20);
    }

    /** Every start and every end, in the order they happened across all workers. */
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());

    @ParameterizedTest
    @MethodSource("seeds")
    void aStepStartsOnlyAfterEveryStepItDependsOnHasFinished(long seed) {
        List<PlanStep> steps = randomGraph(new Random(seed), 40);

        List<StepOutcome> outcomes = new StepGraph(steps, 4).run(recording(step -> succeeded(step)), ApplyListener.NONE);

        assertThat(outcomes).extracting(StepOutcome::status).containsOnly(StepStatus.SUCCEEDED);
        for (PlanStep step : steps) {
            for (String dependency : step.dependsOn()) {
                assertThat(events.indexOf("start " + step.id()))
                        .as("step %s starts after %s ended", step.id(), dependency)
                        .isGreaterThan(events.indexOf("end " + dependency));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void outcomesComeInPlanOrderAndDependantsOfFailedStepsAreSkipped(long seed) {
        Random random = new Random(seed);
        List<PlanStep> steps = randomGraph(random, 40);
        List<String> failing = steps.stream().map(PlanStep::id).filter(id -> random.nextInt(5) == 0).toList();

        List<StepOutcome> outcomes = new StepGraph(steps, 3).run(
                step -> failing.contains(step.id()) ? StepOutcome.failed(step, "boom") : succeeded(step),
                ApplyListener.NONE);

        assertThat(outcomes).extracting(StepOutcome::step).containsExactlyElementsOf(steps);
        Map<String, StepStatus> statuses = new ConcurrentHashMap<>();
        for (StepOutcome outcome : outcomes) {
            PlanStep step = outcome.step();
            Optional<String> blocker = step.dependsOn().stream()
                    .filter(dependency -> statuses.get(dependency) != StepStatus.SUCCEEDED).findFirst();
            StepStatus expected = blocker.isPresent() ? StepStatus.SKIPPED
                    : failing.contains(step.id()) ? StepStatus.FAILED : StepStatus.SUCCEEDED;
            assertThat(outcome.status()).as("step %s", step.id()).isEqualTo(expected);
            blocker.ifPresent(id -> assertThat(outcome.error()).contains("step " + id + " did not succeed"));
            statuses.put(step.id(), outcome.status());
        }
    }

    @Test
    void independentStepsRunAtTheSameTimeButNeverMoreThanTheWorkers() {
        CyclicBarrier allThree = new CyclicBarrier(3);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<PlanStep> steps = IntStream.range(0, 12).mapToObj(i -> step(i)).toList();

        List<StepOutcome> outcomes = new StepGraph(steps, 3).run(step -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                // Only three steps running at once can pass the barrier: one at a time would time out.
                allThree.await(30, TimeUnit.SECONDS);
                return succeeded(step);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                return StepOutcome.failed(step, "not three at once: " + e);
            } finally {
                running.decrementAndGet();
            }
        }, ApplyListener.NONE);

        assertThat(outcomes).extracting(StepOutcome::status).containsOnly(StepStatus.SUCCEEDED);
        assertThat(mostAtOnce.get()).isEqualTo(3);
    }

    @Test
    void theListenerIsCalledOnTheApplyingThreadForEveryStep() {
        List<PlanStep> steps = randomGraph(new Random(7), 30);
        Thread caller = Thread.currentThread();
        List<Thread> listenerThreads = Collections.synchronizedList(new ArrayList<>());
        List<Thread> workerThreads = Collections.synchronizedList(new ArrayList<>());

        new StepGraph(steps, 4).run(step -> {
            workerThreads.add(Thread.currentThread());
            return succeeded(step);
        }, outcome -> listenerThreads.add(Thread.currentThread()));

        assertThat(listenerThreads).hasSize(steps.size()).containsOnly(caller);
        assertThat(workerThreads).doesNotContain(caller);
    }

    @Test
    void oneWorkerRunsEveryStepOnTheCallingThreadInPlanOrder() {
        List<PlanStep> steps = randomGraph(new Random(3), 30);
        Thread caller = Thread.currentThread();
        List<StepOutcome> told = new ArrayList<>();

        new StepGraph(steps, 1).run(recording(step -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            return step.id().endsWith("3") ? StepOutcome.failed(step, "boom") : succeeded(step);
        }), told::add);

        assertThat(told).extracting(StepOutcome::step).containsExactlyElementsOf(steps);
        assertThat(told).extracting(StepOutcome::status).contains(StepStatus.SKIPPED);
        List<String> oneAfterAnother = new ArrayList<>();
        told.stream().filter(outcome -> outcome.status() != StepStatus.SKIPPED).forEach(outcome -> {
            oneAfterAnother.add("start " + outcome.step().id());
            oneAfterAnother.add("end " + outcome.step().id());
        });
        assertThat(events).containsExactlyElementsOf(oneAfterAnother);
    }

    @Test
    void aListenerThatThrowsStopsTheApplyAndNoFurtherStepStarts() {
        List<PlanStep> steps = IntStream.range(0, 50).mapToObj(i -> step(i)).toList();
        AtomicInteger told = new AtomicInteger();

        assertThatThrownBy(() -> new StepGraph(steps, 4).run(recording(step -> succeeded(step)), outcome -> {
            if (told.incrementAndGet() == 5) {
                throw new IllegalStateException("killed");
            }
        })).hasMessage("killed");

        long started = events.stream().filter(event -> event.startsWith("start ")).count();
        long ended = events.stream().filter(event -> event.startsWith("end ")).count();
        assertThat(started).as("the five told plus at most the four workers' steps").isLessThanOrEqualTo(5 + 4);
        assertThat(ended).as("steps in flight finish before the apply gives up").isEqualTo(started);
    }

    @Test
    void workThatThrowsEndsTheRunWithItsExceptionInsteadOfWaitingForever() {
        List<PlanStep> steps = IntStream.range(0, 10).mapToObj(i -> step(i)).toList();

        assertThatThrownBy(() -> new StepGraph(steps, 4).run(step -> {
            throw new IllegalStateException("broken step " + step.id());
        }, ApplyListener.NONE)).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("broken step ");
    }

    @Test
    void fewerThanOneWorkerIsRefused() {
        assertThatThrownBy(() -> new StepGraph(List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }

    private Function<PlanStep, StepOutcome> recording(Function<PlanStep, StepOutcome> work) {
        return step -> {
            events.add("start " + step.id());
            StepOutcome outcome = work.apply(step);
            events.add("end " + step.id());
            return outcome;
        };
    }

    private static StepOutcome succeeded(PlanStep step) {
        return StepOutcome.succeeded(step, false);
    }

    /** Each step depends on up to three random earlier ones, as the planner's steps depend on earlier kinds. */
    private static List<PlanStep> randomGraph(Random random, int size) {
        List<PlanStep> steps = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            List<String> dependsOn = new ArrayList<>();
            for (int j = 0; i > 0 && j < random.nextInt(4); j++) {
                String dependency = String.valueOf(random.nextInt(i) + 1);
                if (!dependsOn.contains(dependency)) {
                    dependsOn.add(dependency);
                }
            }
            steps.add(step(i, dependsOn));
        }
        return steps;
    }

    private static PlanStep step(int index) {
        return step(index, List.of());
    }

    private static PlanStep step(int index, List<String> dependsOn) {
        return new PlanStep(String.valueOf(index + 1), StepAction.CREATE,
                new ResourceKey(ResourceKind.TEAM, "Team " + index, Optional.empty()), Optional.empty(), List.of(),
                dependsOn);
    }
}
